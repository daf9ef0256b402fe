import { LikelihoodBadge } from "@/components/timeline/likelihood-badge";
import { ClientCitations as Citations } from "@/components/timeline/source-titles";
import type { TimelineEvent } from "@/lib/engine/types";
import { dateRangeText, dayRangeText, spreadText } from "@/lib/format/day-window";
import { CHANNEL_LABELS, LIKELIHOOD_LABELS, TIMING_LABELS, WHO_LABELS } from "@/lib/format/labels";
import dynamic from "next/dynamic";

/**
 * The collapsed 「为什么这样估计？」 panel loads just after the page's own scripts rather
 * than with them: few readers open it, and it kept /timeline within its script budget.
 * The engine's content is fetched in the same moment, so it is there before any card is.
 */
const EventWhy = dynamic(() => import("@/components/timeline/event-why").then((m) => m.EventWhy));

/** "约第15–30天之间开始" / "约第61天起". */
function startText(fromDay: number, toDay: number | null): string {
  if (toDay === null) return `约${dayRangeText(fromDay, null)}`;
  return toDay === fromDay ? `约第${fromDay}天开始` : `约${dayRangeText(fromDay, toDay)}之间开始`;
}

/** Where the answers moved the window, what the sources say beside it, so the stage header and the card agree. */
function movedText(event: TimelineEvent): string {
  const { band } = event.sources;
  const moved = event.window.fromDay - band.fromDay;
  if (moved === 0) return "";
  return `（来源多说${dayRangeText(band.fromDay, band.toDay)}，按您的回答${moved < 0 ? "提前" : "推后"}）`;
}

export function EventCard({ event }: { event: TimelineEvent }) {
  const { window: w, sources, dependsOn, pinnedRule } = event;
  return (
    <li className="print-avoid-break rounded-lg border border-line bg-card p-3 print:p-1.5 print:text-[8.5pt] print:leading-snug" data-event={event.id}>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <h4 className="font-semibold">{event.title}</h4>
        <LikelihoodBadge likelihood={dependsOn ? null : event.likelihood} />
      </div>
      {dependsOn ? (
        <div className="mt-1 text-sm" data-depends>
          <p>
            {dependsOn.text}如果是，按来源的说法读作「{LIKELIHOOD_LABELS[event.likelihood]}」。
          </p>
          <Citations citations={dependsOn.citations} />
        </div>
      ) : null}
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
        <dt className="text-muted">对象</dt>
        <dd>{WHO_LABELS[event.who]}</dd>
        <dt className="text-muted">方式</dt>
        <dd>{event.channels.map((c) => CHANNEL_LABELS[c]).join("、")}</dd>
        <dt className="text-muted">时间</dt>
        <dd>
          {startText(w.fromDay, w.toDay)}
          {movedText(event)} · {dateRangeText(w.fromDate, w.toDate)}
          {event.timing !== "upcoming" ? <span className="block font-medium">{TIMING_LABELS[event.timing]}</span> : null}
        </dd>
      </dl>
      <p className="mt-1 text-sm">{event.description}</p>
      {sources.disagree ? (
        <p className="mt-1 text-sm font-medium text-warn">来源说法不一：{spreadText(sources.spread.minDay, sources.spread.maxDay)}</p>
      ) : null}
      {sources.placementNote ? <p className="mt-1 text-sm text-muted">来源没有给出具体天数，日期为本工具的估计。</p> : null}
      {pinnedRule ? (
        <div className="mt-2 rounded-md border-l-4 border-accent bg-accent-soft px-3 py-2 text-sm" data-pinned-rule={pinnedRule.rule.id}>
          <p>
            <strong>{pinnedRule.rule.title}。</strong>
            {pinnedRule.rule.body}
          </p>
          <Citations citations={pinnedRule.rule.citations} />
          <p className="mt-1">{pinnedRule.articlesSay}</p>
          <Citations citations={pinnedRule.citations} />
        </div>
      ) : null}
      <EventWhy event={event} />
    </li>
  );
}
