/**
 * Penalty interest as a labelled estimate, in integer fen so no floating-point drift
 * creeps into money. No official rate is public: the rate is the user's, or an example.
 */
import { interestFen, perDayOfPercent } from "@/lib/money/interest";

/** An example rate for the estimate, shown as an example and never as the lender's rate. */
export const EXAMPLE_DAILY_RATE_PERCENT = 0.05;

/**
 * The timeline's estimate: `interestFen` (lib/money/interest.ts) at a daily percentage.
 * @example penaltyFen(2_000_000, 0.05, 20) // 20000 (¥200.00 on ¥20,000 at 0.05%/day for 20 days)
 */
export function penaltyFen(amountFen: number, dailyRatePercent: number, days: number): number {
  return interestFen(Math.round(amountFen), perDayOfPercent(dailyRatePercent), Math.round(days));
}

/** ¥ with two decimals and thousands separators, from integer fen. @example formatYuan(2000050) // "¥20,000.50" */
export function formatYuan(fen: number): string {
  const negative = fen < 0;
  const abs = Math.abs(Math.round(fen));
  const yuan = Math.trunc(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "-" : ""}¥${yuan}.${String(abs % 100).padStart(2, "0")}`;
}
