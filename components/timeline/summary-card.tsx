import type { Assessment, TimelineEvent } from "@/lib/engine/types";
import { formatChineseDate } from "@/lib/dates/iso-date";
import { likelihoodRank } from "@/lib/engine/likelihood";
import { DEPENDS_LABEL, LIKELIHOOD_LABELS, TIMING_LABELS, whereToday } from "@/lib/format/labels";

const POSSIBLE = likelihoodRank("possible");

function labelOf(e: TimelineEvent): string {
  return e.dependsOn ? DEPENDS_LABEL : LIKELIHOOD_LABELS[e.likelihood];
}

/** When, in the same words as the card: about the time only. */
function whenText(e: TimelineEvent): string {
  if (e.timing === "upcoming") return `约从${formatChineseDate(e.window.fromDate)}（第${e.window.fromDay}天）起`;
  return TIMING_LABELS[e.timing];
}

/**
 * Where you are, what comes next, your emergency contact, what to do today. The contact
 * line is there for every answer, so no answer is told less about its contacts than another.
 */
export function SummaryCard({ assessment: a }: { assessment: Assessment }) {
  const days = a.situation.daysOverdue;
  const next = a.nextEvent;
  const today = a.advice.now[0];
  const contact = a.events.find((e) => e.who === "emergency-contact");
  const happening = a.events.filter(
    (e) => e !== contact && e.timing === "window-open" && !e.dependsOn && likelihoodRank(e.likelihood) >= POSSIBLE && e.who !== "borrower",
  );
  const pinned = contact?.pinnedRule?.inSummary ? contact.pinnedRule : null;
  return (
    <section aria-labelledby="summary-title" className="print-avoid-break rounded-lg border border-line bg-card p-4">
      <h2 id="summary-title" className="sr-only">
        摘要
      </h2>
      <dl className="space-y-2">
        <div>
          <dt className="text-sm font-semibold text-muted">现在</dt>
          <dd>
            {whereToday(days)}，处于「{a.stage.name}」阶段。
            {happening.length > 0
              ? `这段时间可能发生：${happening.map((e) => `${e.title}（${labelOf(e)}）`).join("、")}。`
              : a.stage.summary}
          </dd>
        </div>
        <div>
          <dt className="text-sm font-semibold text-muted">接下来</dt>
          <dd>
            {next
              ? `约从${formatChineseDate(next.window.fromDate)}（第${next.window.fromDay}天）起：${next.title}（${labelOf(next)}）。`
              : "时间线上的事项都可能已经开始；下面的建议最要紧。"}
          </dd>
        </div>
        <div data-summary="contact">
          <dt className="text-sm font-semibold text-muted">您的紧急联系人</dt>
          <dd>
            {contact ? `${contact.title}：${labelOf(contact)}，${whenText(contact)}。` : "您说没有填写紧急联系人。"}
            {pinned ? (
              <span className="mt-1 block text-sm">
                {pinned.rule.title}——{pinned.articlesSay}
              </span>
            ) : null}
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
