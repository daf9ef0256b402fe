"use client";
// Placeholder created by the tooling setup (the app code replaces it): a minimal
// client-rendered form with the labels the e2e tests use.
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";

const histories = [
  ["always", "一直按时还款"],
  ["occasional", "偶尔晚还"],
  ["frequent", "多次逾期"],
] as const;
const contacts = [
  ["negotiating", "正在协商或已约定还款计划"],
  ["answered", "接电话但还没有方案"],
  ["silent", "没有接听或回复"],
  ["unreachable", "平台联系不上我"],
] as const;

export default function Home() {
  const router = useRouter();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const params = new URLSearchParams();
    for (const key of ["product", "days", "due", "amount", "history", "contact"]) {
      const value = data.get(key);
      if (typeof value === "string" && value !== "") params.set(key, value);
    }
    router.push(`/timeline#${params.toString()}`);
  }
  return (
    <main className="mx-auto max-w-xl p-4">
      <h1 className="text-2xl font-bold">逾期明白</h1>
      <form onSubmit={onSubmit} className="mt-4 space-y-4">
        <fieldset>
          <legend>产品</legend>
          <label><input type="radio" name="product" value="jiebei" defaultChecked /> 借呗</label>
          <label><input type="radio" name="product" value="huabei" /> 花呗</label>
        </fieldset>
        <label className="block">逾期天数 <input type="number" name="days" min={0} /></label>
        <label className="block">应还款日 <input type="date" name="due" /></label>
        <label className="block">逾期金额 (元) <input type="text" name="amount" inputMode="decimal" /></label>
        <fieldset>
          <legend>还款记录</legend>
          {histories.map(([value, label]) => (
            <label key={value}><input type="radio" name="history" value={value} /> {label}</label>
          ))}
        </fieldset>
        <fieldset>
          <legend>沟通情况</legend>
          {contacts.map(([value, label]) => (
            <label key={value}><input type="radio" name="contact" value={value} /> {label}</label>
          ))}
        </fieldset>
        <button type="submit" className="rounded bg-blue-700 px-4 py-2 text-white">查看我的时间线</button>
      </form>
    </main>
  );
}
