/**
 * Penalty interest as a labelled estimate, in integer fen so no floating-point drift
 * creeps into money. No official rate is public: the rate is the user's, or an example.
 */

/** An example rate for the estimate, shown as an example and never as the lender's rate. */
export const EXAMPLE_DAILY_RATE_PERCENT = 0.05;

/** Rates are kept as millionths of a percent per day so 0.0175% stays exact. */
const RATE_SCALE = 1_000_000;

/**
 * Simple (not compounding) interest on the overdue amount for `days` days, rounded
 * half up to the fen.
 * @example penaltyFen(2_000_000, 0.05, 20) // 20000 (¥200.00 on ¥20,000 at 0.05%/day for 20 days)
 */
export function penaltyFen(amountFen: number, dailyRatePercent: number, days: number): number {
  if (amountFen <= 0 || days <= 0 || dailyRatePercent <= 0) return 0;
  const rate = BigInt(Math.round(dailyRatePercent * RATE_SCALE));
  const numerator = BigInt(Math.round(amountFen)) * rate * BigInt(Math.round(days));
  const denominator = BigInt(100 * RATE_SCALE);
  return Number((numerator * 2n + denominator) / (denominator * 2n));
}

/** ¥ with two decimals and thousands separators, from integer fen. @example formatYuan(2000050) // "¥20,000.50" */
export function formatYuan(fen: number): string {
  const negative = fen < 0;
  const abs = Math.abs(Math.round(fen));
  const yuan = Math.trunc(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "-" : ""}¥${yuan}.${String(abs % 100).padStart(2, "0")}`;
}
