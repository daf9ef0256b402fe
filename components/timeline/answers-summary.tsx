"use client";
import Link from "@/components/site-link";
import { useState } from "react";
import type { Situation } from "@/lib/situation/parse-situation";
import { CONTACT_LABELS, HISTORY_LABELS, PRODUCT_LABELS } from "@/lib/schema/situation-answers";
import { formatChineseDate } from "@/lib/dates/iso-date";
import { formatYuan } from "@/lib/engine/penalty";
import { situationToRaw, writeFragment } from "@/lib/situation/share-link";
import { sitePath } from "@/lib/script/site-script";

/**
 * The answers read back, with the next step (/plan) and ways to change them, share the
 * link, or print: near the top of the timeline, where a phone shows them first.
 */
export function AnswersSummary({ situation: s }: { situation: Situation }) {
  const [copied, setCopied] = useState<"idle" | "done" | "failed">("idle");
  const fragment = writeFragment(situationToRaw(s));

  async function copyLink() {
    try {
      // Not the address bar: an old link may carry a day count, which drifts; this one
      // carries the due date, so it says the right day whenever it is opened.
      await navigator.clipboard.writeText(`${window.location.origin}${sitePath("/timeline")}#${fragment}`);
      setCopied("done");
    } catch {
      setCopied("failed");
    }
  }

  return (
    <section aria-labelledby="answers-title" className="space-y-2">
      <h2 id="answers-title" className="text-sm font-semibold text-muted">
        您的回答
      </h2>
      <p>
        {PRODUCT_LABELS[s.product]} · {s.daysOverdue === 0 ? "今天到期" : `逾期${s.daysOverdue}天`}（应还款日{formatChineseDate(s.dueDate)}）·{" "}
        {formatYuan(s.amountFen)} · {HISTORY_LABELS[s.history]} · {CONTACT_LABELS[s.contact]}
      </p>
      <div className="flex flex-wrap gap-2 print:hidden">
        <Link href={`/plan#${fragment}`} className="inline-flex min-h-11 items-center rounded-lg bg-accent px-4 font-semibold text-accent-fg">
          费用、话术和行动计划
        </Link>
        <Link href={`/#${fragment}`} className="inline-flex min-h-11 items-center rounded-lg border border-line bg-card px-4">
          修改答案
        </Link>
        <button type="button" onClick={copyLink} className="min-h-11 rounded-lg border border-line bg-card px-4 text-accent">
          复制这个结果的链接
        </button>
        <button type="button" onClick={() => window.print()} className="min-h-11 rounded-lg border border-line bg-card px-4 text-accent">
          打印或存为 PDF
        </button>
      </div>
      <p role="status" className="text-sm text-muted print:hidden">
        {copied === "done"
          ? "链接已复制。答案都在链接的 # 后面，打开它的人能看到同样的结果，服务器看不到。"
          : copied === "failed"
            ? "没能自动复制，请直接复制浏览器地址栏里的链接。"
            : ""}
      </p>
    </section>
  );
}
