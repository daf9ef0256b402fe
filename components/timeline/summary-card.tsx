import type { Assessment } from "@/lib/engine/types";
import { formatChineseDate } from "@/lib/dates/iso-date";
import { LIKELIHOOD_LABELS } from "@/lib/format/labels";

/** Three lines: where you are (and what may be happening), what comes next, what to do today. */
export function SummaryCard({ assessment: a }: { assessment: Assessment }) {
  const days = a.situation.daysOverdue;
  const next = a.nextEvent;
  const today = a.advice.now[0];
  const happening = a.events.filter((e) => e.timing === "window-open" && e.likelihood !== "unlikely" && e.who !== "borrower");
  return (
    <section aria-labelledby="summary-title" className="print-avoid-break rounded-lg border border-line bg-card p-4">
      <h2 id="summary-title" className="sr-only">
        摘要
      </h2>
      <dl className="space-y-2">
        <div>
          <dt className="text-sm font-semibold text-muted">现在</dt>
          <dd>
            {days === 0 ? "今天是还款日" : `逾期第${days}天`}，处于「{a.stage.name}」阶段。
            {happening.length > 0
              ? `这段时间可能发生：${happening.map((e) => `${e.title}（${LIKELIHOOD_LABELS[e.likelihood]}）`).join("、")}。`
              : a.stage.summary}
          </dd>
        </div>
        <div>
          <dt className="text-sm font-semibold text-muted">接下来</dt>
          <dd>
            {next
              ? `约从${formatChineseDate(next.window.fromDate)}（第${next.window.fromDay}天）起：${next.title}（${LIKELIHOOD_LABELS[next.likelihood]}）。`
              : "时间线上的事项都可能已经开始；下面的建议最要紧。"}
          </dd>
        </div>
        {today ? (
          <div>
            <dt className="text-sm font-semibold text-muted">今天可以做</dt>
            <dd className="font-semibold">{today.title}</dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
