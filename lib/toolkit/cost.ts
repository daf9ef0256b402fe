/**
 * What the overdue costs by each milestone: simple interest on the overdue amount at the
 * user's rate, in integer fen. Same rule as the engine's `penaltyFen` (simple interest,
 * rounded half up to the fen), but on an exact fraction so annual rates convert exactly.
 */
import { addDaysToIsoDate, type IsoDate } from "@/lib/dates/iso-date";
import { atMost, fraction, multiply, roundHalfUp, type Fraction } from "@/lib/toolkit/fraction";

/** Days from today the page shows: today, in a week, a month, three months. */
export const MILESTONE_OFFSETS = [0, 7, 30, 90] as const;

export type CostMilestone = {
  offsetDays: number;
  date: IsoDate;
  /** Days overdue on that date. */
  daysOverdue: number;
  interestFen: number;
  totalFen: number;
};

/**
 * Exact simple interest in fen, as a BigInt (no upper bound).
 * @example interestFenExact(2_000_000n, { num: 5n, den: 10_000n }, 20n) // 20000n
 */
export function interestFenExact(amountFen: bigint, perDay: Fraction, days: bigint): bigint {
  if (amountFen <= 0n || days <= 0n || perDay.num <= 0n) return 0n;
  return roundHalfUp(amountFen * perDay.num * days, perDay.den);
}

/** The same as a number; throws past 2^53 fen rather than lose a fen silently. */
export function interestFen(amountFen: number, perDay: Fraction, days: number): number {
  if (!Number.isSafeInteger(amountFen) || !Number.isSafeInteger(days)) throw new RangeError("amount and days must be whole numbers");
  const fen = interestFenExact(BigInt(amountFen), perDay, BigInt(days));
  if (fen > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError("interest too large to show exactly");
  return Number(fen);
}

/**
 * @example costMilestones(2_000_000, 20, { num: 5n, den: 10_000n }, "2026-11-22")[1]
 * // { offsetDays: 7, date: "2026-11-29", daysOverdue: 27, interestFen: 27000, totalFen: 2027000 }
 */
export function costMilestones(amountFen: number, daysOverdue: number, perDay: Fraction, today: IsoDate): CostMilestone[] {
  return MILESTONE_OFFSETS.map((offsetDays) => {
    const days = daysOverdue + offsetDays;
    const interest = interestFen(amountFen, perDay, days);
    return { offsetDays, date: addDaysToIsoDate(today, offsetDays), daysOverdue: days, interestFen: interest, totalFen: amountFen + interest };
  });
}

/** Courts' reference for financial loans, all charges together, as a yearly percentage (secondary source). */
export const COURT_REFERENCE_ANNUAL_PERCENT = 24;

/** Whether the rate, as simple interest over 365 days, is above `percent` a year. */
export function annualAbove(perDay: Fraction, percent: number): boolean {
  return !atMost(multiply(perDay, fraction(36_500n)), fraction(BigInt(percent)));
}
