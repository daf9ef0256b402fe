/** The arithmetic behind an estimate, in plain Chinese, for "show the working". */
import { formatYuan } from "@/lib/engine/penalty";
import { divide, fraction, multiply, toDecimalText, type Fraction } from "@/lib/toolkit/fraction";
import type { RateTerms } from "@/lib/toolkit/rate";

/** Enough places to show a converted daily rate such as 18% ÷ 365. */
const SHOWN_DECIMALS = 6;

/** "0.05%" exactly, or "约 0.049315%" when rounded for display. */
export function percentText(perDay: Fraction): string {
  const { text, exact } = toDecimalText(multiply(perDay, fraction(100n)), SHOWN_DECIMALS);
  return exact ? `${text}%` : `约 ${text}%`;
}

function plain(f: Fraction): string {
  return toDecimalText(f, SHOWN_DECIMALS).text;
}

/**
 * One line per step, ending with the amount for `days` days.
 * @example explainCost(terms, reading, 2_000_000, 27, 27000)
 * // ["日费率 0.05%", "¥20,000.00 × 0.05% × 27天 = ¥270.00（单利，四舍五入到分）"]
 */
export function explainCost(
  terms: RateTerms,
  rate: { percent: Fraction; multiplier: Fraction; perDay: Fraction },
  amountFen: number,
  days: number,
  interestFen: number,
): string[] {
  const lines: string[] = [];
  if (terms.unit === "annual") {
    const daily = divide(rate.percent, fraction(BigInt(terms.basis) * 100n));
    lines.push(`年费率 ${plain(rate.percent)}% ÷ ${terms.basis}天 = 每天 ${percentText(daily)}`);
  } else {
    lines.push(`日费率 ${plain(rate.percent)}%`);
  }
  if (rate.multiplier.num !== rate.multiplier.den) {
    lines.push(`按合同的 ${plain(rate.multiplier)} 倍计算：每天 ${percentText(rate.perDay)}`);
  }
  lines.push(`${formatYuan(amountFen)} × ${percentText(rate.perDay)} × ${days}天 = ${formatYuan(interestFen)}（单利，四舍五入到分）`);
  if (percentText(rate.perDay).startsWith("约")) {
    lines.push("计算时用的是精确的分数，上面显示的日费率只是四舍五入后的样子。");
  }
  return lines;
}
