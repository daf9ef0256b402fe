"use client";
import { useState } from "react";
import { CitationList } from "@/components/citation-list";
import { DebtResult } from "@/components/several-debts/debt-result";
import type { DebtTexts } from "@/components/several-debts/texts";
import { formatYuan } from "@/lib/engine/penalty";
import { costSummary } from "@/lib/several-debts/cost";
import type { Debt } from "@/lib/several-debts/debt";
import { writeDebtsFragment } from "@/lib/several-debts/debt-link";
import { sitePath } from "@/lib/script/site-script";

/** Every debt's result, the day's total where rates are known, and ways to share or print the list. */
export function DebtResults({ debts, texts }: { debts: Debt[]; texts: DebtTexts }) {
  const [copied, setCopied] = useState<"idle" | "done" | "failed">("idle");
  const sum = costSummary(debts);
  async function copyLink() {
    try {
      await navigator.clipboard.writeText(`${window.location.origin}${sitePath("/several-debts")}#${writeDebtsFragment(debts)}`);
      setCopied("done");
    } catch {
      setCopied("failed");
    }
  }
  return (
    <section aria-labelledby="results-title" className="space-y-4" id="results">
      <h2 id="results-title" className="text-xl font-bold">
        您的{debts.length}笔欠款
      </h2>
      <p data-cost-summary="">
        {sum.withRate > 0 ? `填了日费率的${sum.withRate}笔，每多等一天合计约 ${formatYuan(Number(sum.knownFen))}。` : "没有一笔填了日费率，每天的费用算不出。"}
        {sum.withoutRate > 0 && sum.withRate > 0 ? `另有${sum.withoutRate}笔没填费率，不在合计里。` : ""}
      </p>
      <div className="space-y-1 text-sm">
        <p>{texts.rateWhere.text}</p>
        <CitationList citations={texts.rateWhere.citations} />
      </div>
      {debts.map((d, i) => (
        <DebtResult key={i} n={i + 1} debt={d} texts={texts} />
      ))}
      <div className="flex flex-wrap gap-2 print:hidden">
        <button type="button" onClick={copyLink} className="min-h-11 rounded-lg border border-line bg-card px-4 text-accent">
          复制这份清单的链接
        </button>
        <button type="button" onClick={() => window.print()} className="min-h-11 rounded-lg border border-line bg-card px-4 text-accent">
          打印或存为 PDF
        </button>
      </div>
      <p role="status" className="text-sm text-muted print:hidden">
        {copied === "done"
          ? "链接已复制。清单都在链接的 # 后面，打开它的人能看到同样的内容，服务器看不到。"
          : copied === "failed"
            ? "没能自动复制，请直接复制浏览器地址栏里的链接。"
            : ""}
      </p>
    </section>
  );
}
