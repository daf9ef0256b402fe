import type { Metadata } from "next";
import { preloadEngineContent } from "@/components/preload-engine-content";
import { Island } from "@/components/island";
import { PlanView } from "@/components/plan/plan-view";
import { ScamShield } from "@/components/plan/scam-shield";
import { toolkitNotes } from "@/components/plan/toolkit-notes";
import { loadToolkitTexts } from "@/content";
import { sitePath } from "@/lib/script/site-script";

export const metadata: Metadata = {
  title: "行动工具：费用、话术和计划",
  description: "按您的情况估算逾期费用，生成给官方客服的电话提纲和书面请求，做一页可以打印的行动计划和日历提醒。全部在您的浏览器里生成，不上传。",
};

export default function PlanPage() {
  preloadEngineContent();
  return (
    <div className="space-y-10">
      <div className="space-y-2 print:hidden">
        <h1 className="text-2xl font-bold">把这些变成行动</h1>
        <p>
          等一等要多花多少钱、打电话时怎么说、接下来几天做什么。全部在您的浏览器里生成，不上传，也不收费。
        </p>
        <noscript>
          <p className="rounded-lg bg-warn-soft px-3 py-2">这一页需要在浏览器里运行 JavaScript 才能按您的回答计算。请开启 JavaScript 后刷新。</p>
        </noscript>
      </div>
      <Island component={PlanView} props={{ texts: loadToolkitTexts(), notes: toolkitNotes }} />
      <p className="print:hidden">
        催收电话太多、太晚，或打给了家人？<a href={sitePath("/call-log")} className="underline">用「来电记录」记下每一次联系</a>，对照规则整理成证据和投诉。
      </p>
      <ScamShield />
    </div>
  );
}
