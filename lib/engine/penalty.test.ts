import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatYuan, penaltyFen } from "@/lib/engine/penalty";

describe("penaltyFen", () => {
  it.each([
    ["20,000 yuan at 0.05% a day for 20 days is 200 yuan.", 2_000_000, 0.05, 20, 20_000],
    ["A rate of 0.0175% is kept exact: 10,000 yuan for 30 days is 52.50 yuan.", 1_000_000, 0.0175, 30, 5_250],
    ["Half a fen rounds up.", 1_000, 0.05, 1, 1],
    ["Less than half a fen rounds down.", 999, 0.05, 1, 0],
    ["Nothing is owed on the due day itself.", 2_000_000, 0.05, 0, 0],
    ["A zero rate owes nothing.", 2_000_000, 0, 20, 0],
    ["The largest amount for ten years at 1% a day stays exact.", 500_000_000, 1, 3650, 18_250_000_000],
    ["Interest is simple, not compounded: 100 days is 100 times one day.", 10_000_000, 0.05, 100, 500_000],
  ])("%s", (_name, amount, rate, days, want) => {
    expect(penaltyFen(amount, rate, days)).toBe(want);
  });

  it("is a whole, non-negative number of fen that grows with the days, the amount and the rate", () => {
    const amount = fc.integer({ min: 1, max: 500_000_000 });
    const rate = fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 1_000_000);
    const days = fc.integer({ min: 0, max: 3650 });
    fc.assert(
      fc.property(amount, rate, days, fc.nat(1000), (a, r, d, more) => {
        const p = penaltyFen(a, r, d);
        expect(Number.isSafeInteger(p)).toBe(true);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(penaltyFen(a, r, d + more)).toBeGreaterThanOrEqual(p);
        expect(penaltyFen(a + more, r, d)).toBeGreaterThanOrEqual(p);
        expect(penaltyFen(a, r + more / 1_000_000, d)).toBeGreaterThanOrEqual(p);
        // Within half a fen of the exact product.
        expect(Math.abs(p - (a * r * d) / 100)).toBeLessThanOrEqual(0.5 + 1e-6);
      }),
    );
  });
});

/** The engine's own formula before interest had one home (lib/money/interest.ts), kept as the oracle. */
function penaltyFenBefore(amountFen: number, dailyRatePercent: number, days: number): number {
  if (amountFen <= 0 || days <= 0 || dailyRatePercent <= 0) return 0;
  const rate = BigInt(Math.round(dailyRatePercent * 1_000_000));
  const numerator = BigInt(Math.round(amountFen)) * rate * BigInt(Math.round(days));
  const denominator = BigInt(100 * 1_000_000);
  return Number((numerator * 2n + denominator) / (denominator * 2n));
}

describe("penaltyFen on the shared interest function", () => {
  it("gives the fen the engine gave before, for every amount, rate and day the timeline can hold", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10, max: 500_000_000 }),
        fc.oneof(fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 1_000_000), fc.double({ min: -1, max: 1, noNaN: true })),
        fc.integer({ min: -5, max: 3740 }),
        (amount, rate, days) => {
          expect(penaltyFen(amount, rate, days)).toBe(penaltyFenBefore(amount, rate, days));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("formatYuan", () => {
  it.each([
    [2_000_050, "¥20,000.50"],
    [0, "¥0.00"],
    [5, "¥0.05"],
    [123_456_789, "¥1,234,567.89"],
    [-150, "-¥1.50"],
  ])("formats %i fen as %s", (fen, want) => {
    expect(formatYuan(fen)).toBe(want);
  });
});
