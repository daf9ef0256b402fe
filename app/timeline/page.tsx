"use client";
// Placeholder created by the tooling setup (the app code replaces it).
import { useSyncExternalStore } from "react";

function subscribe(onChange: () => void) {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
}

export default function Timeline() {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash, () => "");
  const days = new URLSearchParams(hash.slice(1)).get("days");
  return (
    <main className="mx-auto max-w-xl p-4">
      <h1 className="text-2xl font-bold">你的时间线</h1>
      <p>{days ? `已逾期 ${days} 天` : "请先回答首页的问题。"}</p>
    </main>
  );
}
