import type { Metadata } from "next";
import { Island } from "@/components/island";
import { CallLogApp } from "@/components/call-log/call-log-app";
import { ScamShield } from "@/components/plan/scam-shield";
import { ruleBookOf } from "@/lib/call-log/rule-book";
import { loadCallLogComplaints, loadCallLogRules, loadComplaintLadder, loadContent } from "@/content";

export const metadata: Metadata = {
  title: "来电记录：记下催收联系，整理成证据和投诉",
  description: "记下每一次催收电话、短信和上门，按当天有效的催收规则检查哪些可能不符合，导出表格、打印证据时间线，生成投诉内容。只在您的设备上，免费。",
};

export default function CallLogPage() {
  // Validated at build time; the client gets only the rules and the titles and dates of what they cite.
  const book = ruleBookOf(loadCallLogRules(), loadContent().sources, loadCallLogComplaints(), loadComplaintLadder());
  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">来电记录</h1>
        <p>每次接到催收电话、短信，或有人上门，花几秒记一条。这里按每条记录当天有效的规则，标出哪些<strong>可能不符合</strong>，并整理成证据和投诉内容。免费，只在您的设备上。</p>
        <noscript>
          <p className="rounded-lg bg-warn-soft px-3 py-2">来电记录需要在浏览器里运行 JavaScript。请开启 JavaScript 后刷新。</p>
        </noscript>
      </div>
      <Island component={CallLogApp} props={{ book }} />
      <div className="space-y-3">
        <p>这里提供的是信息，不是法律意见；标出「可能不符合」不等于认定违法，其中的行业自律规则不是法律。记录不上传。</p>
        <p className="rounded-lg bg-warn-soft px-3 py-2">
          当心收费的「代理维权」「代理投诉」「债务优化」：不要找这类服务，也不要把记录交给他们。记录和投诉，您自己就能完成；投诉的渠道和该怎么说，本页有写。
        </p>
      </div>
      <ScamShield />
    </div>
  );
}
