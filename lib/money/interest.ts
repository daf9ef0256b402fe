/**
 * Overdue interest, computed in one place for the timeline's estimate (`penaltyFen`) and
 * the plan's cost table (`costMilestones`): simple (not compounding) interest on the
 * overdue amount, in integer fen, on an exact fraction of the amount per day, rounded
 * half up to the fen. No floating point touches money.
 */
import { fraction, roundHalfUp, type Fraction } from "@/lib/money/fraction";

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

/** A daily rate in percent is read to millionths of a percent, so 0.0175 stays exact. */
const MILLIONTHS = 1_000_000;

/**
 * A daily percentage held as a number (the share link's `rate`) as an exact fraction of
 * the amount per day. @example perDayOfPercent(0.05) // { num: 50000n, den: 100000000n }
 */
export function perDayOfPercent(dailyRatePercent: number): Fraction {
  return fraction(BigInt(Math.max(0, Math.round(dailyRatePercent * MILLIONTHS))), BigInt(100 * MILLIONTHS));
}
