import { SourceTitle } from "@/components/sources/source-title";
import { dayRangeText } from "@/lib/format/day-window";
import { datedFigures, type EventSpread } from "@/lib/sources/event-spread";

const W = 300;
const H = 14;

/** Axis end: past the latest day any source gives, rounded up to a month. */
function axisEnd(spread: EventSpread): number {
  const days = datedFigures(spread.figures).flatMap((f) => [f.fromDay, f.toDay ?? f.fromDay]);
  return Math.ceil((Math.max(...days, spread.band.fromDay) + 15) / 30) * 30;
}

/**
 * One bar per source giving a day, on a shared day axis, with the band the timeline
 * uses shaded behind. Server-rendered SVG; each row carries its figure as text too, and
 * the table beside it (FiguresTable) is the full text equivalent, so the bars are hidden
 * from assistive technology.
 */
export function FiguresChart({ spread }: { spread: EventSpread }) {
  const end = axisEnd(spread);
  const x = (day: number) => (Math.min(day, end) / end) * W;
  const bandFrom = x(spread.band.fromDay);
  const bandTo = spread.band.toDay === null ? W : x(spread.band.toDay + 1);
  const ticks = Array.from({ length: end / 30 + 1 }, (_, i) => i * 30);
  return (
    <figure className="my-3" data-chart={spread.event.id} data-claim={`event:${spread.event.id}`}>
      <ol className="space-y-2">
        {datedFigures(spread.figures).map((f, i) => {
          const from = x(f.fromDay);
          const to = f.toDay === null ? W : x(f.toDay + 1);
          return (
            <li key={`${f.source}-${i}`} className="text-sm">
              <span className="block">
                <SourceTitle id={f.source} className="text-fg" />：<strong>{dayRangeText(f.fromDay, f.toDay)}</strong>
              </span>
              <svg viewBox={`0 0 ${W} ${H}`} className="block h-3.5 w-full" aria-hidden="true" focusable="false">
                <rect x={bandFrom} y={0} width={bandTo - bandFrom} height={H} className="fill-accent-soft" />
                <line x1={0} x2={W} y1={H / 2} y2={H / 2} className="stroke-line" strokeWidth={1} />
                <rect x={from} y={2} width={Math.max(to - from, 4)} height={H - 4} rx={2} className="fill-accent" />
              </svg>
            </li>
          );
        })}
      </ol>
      <svg viewBox={`0 -2 ${W} 14`} className="mt-1 block h-3.5 w-full overflow-visible" aria-hidden="true" focusable="false">
        {ticks.map((t) => (
          <text
            key={t}
            x={x(t)}
            y={10}
            textAnchor={t === 0 ? "start" : t === end ? "end" : "middle"}
            className="fill-muted"
            fontSize={10}
          >
            {t === 0 ? "还款日" : `${t}天`}
          </text>
        ))}
      </svg>
      <figcaption className="mt-2 text-sm text-muted">
        浅色底：时间线采用的{dayRangeText(spread.band.fromDay, spread.band.toDay)}。条形：各来源说的开始时间，没有终点的画到右端。
      </figcaption>
    </figure>
  );
}
