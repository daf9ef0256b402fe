/**
 * What one more day of waiting costs on each debt, from the person's own daily rate
 * only: there is no default rate (no official figure exists for 借呗/花呗, and the
 * other lenders' rates are in each person's own contract). Exact arithmetic through
 * lib/money, simple interest on the amount owed, rounded half up to the fen.
 */
import { divide, fraction, parseDecimal } from "@/lib/money/fraction";
import { interestFenExact } from "@/lib/money/interest";
import type { Debt } from "@/lib/several-debts/debt";

/**
 * Fen per day at the person's rate, or null when they gave none (then it cannot be computed).
 * @example costPerDayFen({ amountFen: 2000000, ratePercent: "0.05", ... }) // 1000n (¥10.00)
 */
export function costPerDayFen(debt: Pick<Debt, "amountFen" | "ratePercent">): bigint | null {
  if (debt.ratePercent === null) return null;
  const percent = parseDecimal(debt.ratePercent);
  if (percent === null) return null;
  return interestFenExact(BigInt(debt.amountFen), divide(percent, fraction(100n)), 1n);
}

export type CostSummary = { knownFen: bigint; withRate: number; withoutRate: number };

/** The sum over the debts whose cost is known, and how many are left out for want of a rate. */
export function costSummary(debts: readonly Debt[]): CostSummary {
  let knownFen = 0n;
  let withRate = 0;
  for (const d of debts) {
    const fen = costPerDayFen(d);
    if (fen === null) continue;
    knownFen += fen;
    withRate += 1;
  }
  return { knownFen, withRate, withoutRate: debts.length - withRate };
}
