import { EventWhy } from "@/components/timeline/event-why";
import { LikelihoodBadge } from "@/components/timeline/likelihood-badge";
import type { TimelineEvent } from "@/lib/engine/types";
import { dateRangeText, dayRangeText, spreadText } from "@/lib/format/day-window";
import { CHANNEL_LABELS, WHO_LABELS } from "@/lib/format/labels";

/** "约第15–30天之间开始" / "约第61天起". */
function startText(fromDay: number, toDay: number | null): string {
  if (toDay === null) return `约${dayRangeText(fromDay, null)}`;
  return toDay === fromDay ? `约第${fromDay}天开始` : `约${dayRangeText(fromDay, toDay)}之间开始`;
}

const TIMING: Record<TimelineEvent["timing"], string> = {
  upcoming: "",
  "window-open": "现在就可能发生",
  begun: "如果会发生，通常已经开始",
};

export function EventCard({ event }: { event: TimelineEvent }) {
  const { window: w, sources } = event;
  return (
    <li className="print-avoid-break rounded-lg border border-line bg-card p-3 print:p-1.5 print:text-[8.5pt] print:leading-snug" data-event={event.id}>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <h4 className="font-semibold">{event.title}</h4>
        <LikelihoodBadge likelihood={event.likelihood} />
      </div>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
        <dt className="text-muted">对象</dt>
        <dd>{WHO_LABELS[event.who]}</dd>
        <dt className="text-muted">方式</dt>
        <dd>{event.channels.map((c) => CHANNEL_LABELS[c]).join("、")}</dd>
        <dt className="text-muted">时间</dt>
        <dd>
          {startText(w.fromDay, w.toDay)} · {dateRangeText(w.fromDate, w.toDate)}
          {TIMING[event.timing] ? <span className="block font-medium">{TIMING[event.timing]}</span> : null}
        </dd>
      </dl>
      <p className="mt-1 text-sm">{event.description}</p>
      {sources.disagree ? (
        <p className="mt-1 text-sm font-medium text-warn">来源说法不一：{spreadText(sources.spread.minDay, sources.spread.maxDay)}</p>
      ) : null}
      {sources.placementNote ? <p className="mt-1 text-sm text-muted">来源没有给出具体天数，日期为本工具的估计。</p> : null}
      <EventWhy event={event} />
    </li>
  );
}
