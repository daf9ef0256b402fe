import { ClientCitations as Citations } from "@/components/timeline/source-titles";
import { EventCard } from "@/components/timeline/event-card";
import { PhoneText } from "@/components/phone-text";
import type { StageView, TimelineEvent } from "@/lib/engine/types";
import { dateRangeText, dayRangeText } from "@/lib/format/day-window";
import { whereToday } from "@/lib/format/labels";

type Props = { stage: StageView; events: TimelineEvent[]; daysOverdue: number };

/**
 * One stage on the vertical timeline; the current one carries aria-current="step".
 * Past stages fold their details away so the reader lands on now and next.
 */
export function StageItem({ stage, events, daysOverdue }: Props) {
  const current = stage.status === "current";
  const past = stage.status === "past";
  const marker = current ? "border-accent bg-accent" : past ? "border-muted bg-muted" : "border-line bg-card";
  const r = stage.reassurance;
  // Beside the heavy stages (起诉, 执行): what stays true and where free help is. Its text comes with the content.
  const eventList = (
    <>
      {events.length > 0 ? <ul className="mt-3 space-y-3 print:mt-1.5 print:grid print:grid-cols-2 print:gap-1.5 print:space-y-0">{events.map((e) => <EventCard key={e.id} event={e} />)}</ul> : null}
      {r ? (
        <section className="mt-3 rounded-lg border border-line bg-card p-3" data-reassurance={stage.id}>
          <h4 className="font-semibold">{r.title}</h4>
          <ul className="mt-1 space-y-1">
            {r.points.map((p, i) => (
              <li key={i}>
                <PhoneText text={p.text} />
                <Citations citations={p.citations} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
  return (
    <li className="render-when-near relative border-l-2 border-line pb-6 pl-6 last:pb-0 print:pb-2" aria-current={current ? "step" : undefined} data-stage={stage.id}>
      <span aria-hidden="true" className={`absolute -left-[9px] top-1.5 size-4 rounded-full border-2 ${marker}`} />
      {past ? (
        <details>
          <summary>
            <h3 className="inline font-semibold text-muted">{stage.name}</h3>
            <span className="ml-2 text-sm text-muted">
              {dayRangeText(stage.fromDay, stage.toDay)} · 已过
            </span>
          </summary>
          <p className="mt-1">{stage.summary}</p>
          <Citations citations={stage.citations} />
          {eventList}
        </details>
      ) : (
        <>
          <div className={current ? "rounded-lg border-2 border-accent bg-accent-soft p-3" : ""}>
            {current ? (
              <p className="mb-1 text-sm font-bold text-accent">
                您在这里 · {whereToday(daysOverdue)}
              </p>
            ) : null}
            <h3 className="font-semibold">{stage.name}</h3>
            <p className="text-sm text-muted">
              {dayRangeText(stage.fromDay, stage.toDay)} · {dateRangeText(stage.fromDate, stage.toDate)}
            </p>
            <p className="mt-1">{stage.summary}</p>
            <Citations citations={stage.citations} />
          </div>
          {eventList}
        </>
      )}
    </li>
  );
}
