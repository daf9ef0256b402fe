import { formatChineseDate } from "@/lib/dates/iso-date";
import { formatYuan } from "@/lib/engine/penalty";
import type { CostMilestone } from "@/lib/plan/cost";

const whenLabel = (m: CostMilestone) => (m.offsetDays === 0 ? "今天" : `${m.offsetDays}天后`);

/**
 * The estimate as a table, which is also the chart: each fee cell carries a bar drawn to
 * scale. The bars are decoration (aria-hidden); the numbers beside them are the data.
 */
export function CostTable({ milestones, amountFen, rateIsUsers }: { milestones: CostMilestone[]; amountFen: number; rateIsUsers: boolean }) {
  const max = Math.max(1, ...milestones.map((m) => m.interestFen));
  return (
    <table className="w-full border-collapse text-left text-[15px]">
      <caption className="pb-2 text-left text-sm text-muted">
        欠款 {formatYuan(amountFen)} 的逾期费用估算（{rateIsUsers ? "按您填写的费率" : "按示例费率"}）
      </caption>
      <thead>
        <tr className="border-b border-line">
          <th scope="col" className="py-2 pr-2 font-semibold">时间</th>
          <th scope="col" className="py-2 pr-2 font-semibold">逾期费用</th>
          <th scope="col" className="py-2 text-right font-semibold">连本金合计</th>
        </tr>
      </thead>
      <tbody>
        {milestones.map((m) => (
          <tr key={m.offsetDays} className="border-b border-line align-top">
            <th scope="row" className="py-2 pr-2 font-normal">
              <span className="font-semibold">{whenLabel(m)}</span>
              <span className="block text-sm text-muted">{formatChineseDate(m.date)}</span>
              <span className="block text-sm text-muted">逾期{m.daysOverdue}天</span>
            </th>
            <td className="w-2/5 py-2 pr-2">
              <span className="tabular-nums">{formatYuan(m.interestFen)}</span>
              <span aria-hidden="true" className="mt-1 block h-2 rounded-full bg-accent-soft">
                <span className="block h-2 rounded-full bg-accent" style={{ width: `${(m.interestFen / max) * 100}%` }} />
              </span>
            </td>
            <td className="py-2 text-right tabular-nums">{formatYuan(m.totalFen)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
