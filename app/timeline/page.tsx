import type { Metadata } from "next";
import { preloadEngineContent } from "@/components/preload-engine-content";
import { LikelihoodLegend } from "@/components/timeline/likelihood-legend";
import { Island } from "@/components/island";
import { TimelineView } from "@/components/timeline/timeline-view";

export const metadata: Metadata = {
  title: "您的时间线",
  description: "根据您的回答，在您的设备上算出借呗、花呗逾期后的时间线：谁可能联系、何时、为什么，以及现在能做什么。",
};

export default function TimelinePage() {
  preloadEngineContent();
  return (
    <div className="space-y-4">
      {/* Focused when the result arrives (see TimelineView), so reading starts here. */}
      <h1 id="timeline-heading" tabIndex={-1} className="text-2xl font-bold focus:outline-none">
        您的时间线
      </h1>
      <noscript>
        <p className="rounded-lg bg-warn-soft px-3 py-2">
          时间线需要在浏览器里运行 JavaScript 才能计算，您的回答不会发送给服务器。请开启 JavaScript 后刷新。
        </p>
      </noscript>
      {/* Reserve the screen: the result replaces a one-line placeholder, and a footer
          visible below it would jump (layout shift) when it arrives. */}
      <div className="min-h-[85vh]">
        <Island component={TimelineView} props={{ legend: <LikelihoodLegend /> }} />
      </div>
    </div>
  );
}
