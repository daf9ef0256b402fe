import { Citations } from "@/components/citations";
import { EventCard } from "@/components/timeline/event-card";
import type { StageView, TimelineEvent } from "@/lib/engine/types";
import { dateRangeText, dayRangeText } from "@/lib/format/day-window";

/** One stage on the vertical timeline; the current one carries aria-current="step". */
export function StageItem({ stage, events, daysOverdue }: { stage: StageView; events: TimelineEvent[]; daysOverdue: number }) {
  const current = stage.status === "current";
  const marker = current ? "border-accent bg-accent" : stage.status === "past" ? "border-muted bg-muted" : "border-line bg-card";
  return (
    <li
      className="relative border-l-2 border-line pb-6 pl-6 last:pb-0"
      aria-current={current ? "step" : undefined}
      data-stage={stage.id}
    >
      <span aria-hidden="true" className={`absolute -left-[9px] top-1.5 size-4 rounded-full border-2 ${marker}`} />
      <div className={current ? "rounded-lg border-2 border-accent bg-accent-soft p-3" : ""}>
        {current ? (
          <p className="mb-1 text-sm font-bold text-accent">
            您在这里 · {daysOverdue === 0 ? "今天是还款日" : `逾期第${daysOverdue}天`}
          </p>
        ) : null}
        <h3 className={`font-semibold ${stage.status === "past" ? "text-muted" : ""}`}>{stage.name}</h3>
        <p className="text-sm text-muted">
          {dayRangeText(stage.fromDay, stage.toDay)} · {dateRangeText(stage.fromDate, stage.toDate)}
        </p>
        <p className="mt-1">{stage.summary}</p>
        <Citations citations={stage.citations} />
      </div>
      {events.length > 0 ? <ul className="mt-3 space-y-3">{events.map((e) => <EventCard key={e.id} event={e} />)}</ul> : null}
    </li>
  );
}
