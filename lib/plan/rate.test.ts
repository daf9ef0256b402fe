import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSituation } from "@/lib/situation/parse-situation";
import { fraction, multiply } from "@/lib/money/fraction";
import { linkRatePercent, readRateTerms, type RateTerms } from "@/lib/plan/rate";

const TODAY = "2026-11-22";

function perDay(terms: RateTerms) {
  const r = readRateTerms(terms);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.perDay;
}

describe("linkRatePercent: the daily percent a link carries", () => {
  it.each([
    [{ unit: "daily", percent: "0.05", basis: 365, multiplier: "1" }, "0.05"],
    [{ unit: "daily", percent: "0.05", basis: 365, multiplier: "1.5" }, "0.075"],
    [{ unit: "annual", percent: "36.5", basis: 365, multiplier: "1" }, "0.1"],
    [{ unit: "annual", percent: "18", basis: 360, multiplier: "1" }, "0.05"],
    [{ unit: "annual", percent: "18", basis: 365, multiplier: "1" }, "0.04931507"], // 18/365 = 0.0493150684…
    [{ unit: "daily", percent: "0", basis: 365, multiplier: "1" }, "0"],
  ] as [RateTerms, string][])("%j -> %s", (terms, expected) => {
    expect(linkRatePercent(perDay(terms))).toBe(expected);
  });

  it("is always a rate the check reads back, within a hundred-millionth of a percent of the exact one", () => {
    const decimal = (max: number) => fc.integer({ min: 0, max }).chain((whole) => fc.integer({ min: 0, max: 9999 }).map((frac) => `${whole}.${String(frac).padStart(4, "0")}`));
    const terms = fc.oneof(
      decimal(0).map((percent): RateTerms => ({ unit: "daily", percent, basis: 365, multiplier: "1" })),
      decimal(300).map((percent): RateTerms => ({ unit: "annual", percent, basis: 365, multiplier: "1" })),
      fc.tuple(decimal(0), fc.constantFrom("1", "1.5", "2")).map(([percent, multiplier]): RateTerms => ({ unit: "daily", percent, basis: 360, multiplier })),
    );
    fc.assert(
      fc.property(terms, (t) => {
        const reading = readRateTerms(t);
        fc.pre(reading.ok);
        if (!reading.ok) return;
        const text = linkRatePercent(reading.perDay);
        const parsed = parseSituation({ product: "huabei", days: "10", amount: "1000", history: "ontime", contact: "answering", rate: text }, TODAY);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const exactPercent = multiply(reading.perDay, fraction(100n));
        expect(Math.abs((parsed.situation.dailyRatePercent ?? NaN) - Number(exactPercent.num) / Number(exactPercent.den))).toBeLessThanOrEqual(5e-9);
      }),
    );
  });
});
