/** The arithmetic behind an estimate, in plain Chinese, for "show the working". */
import { formatYuan } from "@/lib/engine/penalty";
import { divide, fraction, multiply, toDecimalText, type Fraction } from "@/lib/money/fraction";
import type { RateTerms } from "@/lib/plan/rate";

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

type ReadRate = { percent: Fraction; multiplier: Fraction; perDay: Fraction };

/** How the daily rate was reached. @example explainRate(daily("0.05"), r) // ["日费率 0.05%"] */
export function explainRate(terms: RateTerms, rate: ReadRate): string[] {
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
  return lines;
}

/** One multiplication, ending in the amount. */
export function explainAmount(perDay: Fraction, amountFen: number, days: number, interestFen: number): string {
  return `${formatYuan(amountFen)} × ${percentText(perDay)} × ${days}天 = ${formatYuan(interestFen)}（单利，四舍五入到分）`;
}

/** Whether the shown daily rate is rounded, so the page says the exact fraction was used. */
export function rateIsRounded(perDay: Fraction): boolean {
  return percentText(perDay).startsWith("约");
}

export const ROUNDED_NOTE = "计算时用的是精确的分数，上面显示的日费率只是四舍五入后的样子。";

/**
 * Every line, ending with the amount for `days` days.
 * @example explainCost(terms, reading, 2_000_000, 27, 27000)
 * // ["日费率 0.05%", "¥20,000.00 × 0.05% × 27天 = ¥270.00（单利，四舍五入到分）"]
 */
export function explainCost(terms: RateTerms, rate: ReadRate, amountFen: number, days: number, interestFen: number): string[] {
  const lines = [...explainRate(terms, rate), explainAmount(rate.perDay, amountFen, days, interestFen)];
  if (rateIsRounded(rate.perDay)) lines.push(ROUNDED_NOTE);
  return lines;
}
