import { ruleOf } from "@/lib/call-log/finding-text";
import type { RuleBook } from "@/lib/call-log/rule-book";
import type { LogSummary } from "@/lib/call-log/summary";
import { formatChineseDate } from "@/lib/dates/iso-date";

/** The log in figures, every one counted from the entries: contacts, days, and per rule how many may not comply. */
export function LogSummaryView({ summary, book }: { summary: LogSummary; book: RuleBook }) {
  const period =
    summary.firstDay && summary.lastDay
      ? summary.firstDay === summary.lastDay
        ? formatChineseDate(summary.firstDay)
        : `${formatChineseDate(summary.firstDay)}至${formatChineseDate(summary.lastDay)}`
      : "";
  return (
    <div className="space-y-2 rounded-lg border border-line bg-card p-4" data-summary>
      <p>
        {period}：共<strong>{summary.contacts}</strong>次联系（{summary.entries}条记录），分布在<strong>{summary.days}</strong>天；其中
        <strong>{summary.entriesWithFinding}</strong>条记录、<strong>{summary.daysWithFinding}</strong>天可能不符合催收规则。
      </p>
      {summary.byRule.length > 0 ? (
        <ul className="list-disc space-y-1 pl-5">
          {summary.byRule.map((t) => (
            <li key={t.rule}>
              可能不符合「{ruleOf(book, t.rule).label}」：{t.entries}条记录，{t.days}天
            </li>
          ))}
        </ul>
      ) : (
        <p>按记录当天有效的规则，没有发现可能不符合的地方。没有标出的，不等于一定合规：很多情况只有您自己知道，可以在备注里写下。</p>
      )}
    </div>
  );
}
