/**
 * What the overdue costs by each milestone, at the user's rate: `interestFen`
 * (lib/money/interest.ts), the same function the timeline's estimate uses.
 */
import { addDaysToIsoDate, type IsoDate } from "@/lib/dates/iso-date";
import { atMost, fraction, multiply, type Fraction } from "@/lib/money/fraction";
import { interestFen } from "@/lib/money/interest";

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

/** Whether the rate, as simple interest over 365 days, is above `percent` a year. */
export function annualAbove(perDay: Fraction, percent: number): boolean {
  return !atMost(multiply(perDay, fraction(36_500n)), fraction(BigInt(percent)));
}
