import { SourceTitle } from "@/components/sources/source-title";
import { dayRangeText, spreadText } from "@/lib/format/day-window";
import type { EventSpread } from "@/lib/sources/event-spread";

/** What each source says about when an event starts, and the band the engine takes from them. */
export function FiguresTable({ spread, caption }: { spread: EventSpread; caption?: string }) {
  return (
    <div className="my-3 overflow-x-auto" data-claim={`event:${spread.event.id}`}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-1 text-left font-semibold">{caption ?? `各来源说「${spread.event.title}」从第几天开始`}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-1 pr-2 font-semibold">
              来源
            </th>
            <th scope="col" className="py-1 pr-2 font-semibold">
              说法
            </th>
            <th scope="col" className="whitespace-nowrap py-1 font-semibold">
              天数
            </th>
          </tr>
        </thead>
        <tbody>
          {spread.figures.map((f, i) => (
            <tr key={`${f.source}-${i}`} className="border-b border-line align-top">
              <td className="py-1 pr-2">
                <SourceTitle id={f.source} />
                {f.where ? <span className="text-muted">（{f.where}）</span> : null}
              </td>
              <td className="py-1 pr-2">{f.says}</td>
              <td className="whitespace-nowrap py-1">{f.fromDay === null ? "未给天数" : dayRangeText(f.fromDay, f.toDay)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-1 text-sm text-muted">
        {spread.placementNote
          ? `没有来源给出天数。${spread.placementNote}`
          : `时间线采用居中的说法所在的${dayRangeText(spread.band.fromDay, spread.band.toDay)}；各来源的说法从${spreadText(spread.spread.minDay, spread.spread.maxDay)}不等${spread.disagree ? "，分歧很大" : ""}。`}
      </p>
    </div>
  );
}
