import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { penaltyFen } from "@/lib/engine/penalty";
import { annualAbove, costMilestones } from "@/lib/plan/cost";
import { interestFen, interestFenExact } from "@/lib/money/interest";
import { explainCost, percentText } from "@/lib/plan/explain-cost";
import { parseDecimal, toDecimalText } from "@/lib/money/fraction";
import { EXAMPLE_DAILY_RATE_PERCENT } from "@/lib/engine/penalty";
import { BLANK_TERMS, EXAMPLE_PERCENT, readRateTerms, type RateTerms } from "@/lib/plan/rate";

const daily = (percent: string, multiplier = "1"): RateTerms => ({ unit: "daily", percent, basis: 365, multiplier });
const annual = (percent: string, basis: 365 | 360 = 365, multiplier = "1"): RateTerms => ({ unit: "annual", percent, basis, multiplier });

function perDay(terms: RateTerms) {
  const r = readRateTerms(terms);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join("; "));
  return r.perDay;
}

describe("reading the rate the user typed", () => {
  it("reads decimals exactly, never through a float", () => {
    expect(parseDecimal("0.05")).toEqual({ num: 5n, den: 100n });
    expect(parseDecimal(".5")).toEqual({ num: 5n, den: 10n });
    expect(parseDecimal("18")).toEqual({ num: 18n, den: 1n });
    for (const bad of ["", "-1", "1e-3", "1.2.3", "abc", "0.123456789"]) expect(parseDecimal(bad)).toBeNull();
  });

  it("accepts full-width digits and a trailing percent sign", () => {
    expect(perDay(daily("０.０５%"))).toEqual(perDay(daily("0.05")));
  });

  it("converts 18.25% a year over 365 days to exactly 0.05% a day", () => {
    const p = perDay(annual("18.25"));
    expect(p.num * 10_000n).toBe(p.den * 5n);
  });

  it("converts 18% a year over 360 days to exactly 0.05% a day, and over 365 days to a repeating decimal", () => {
    const p360 = perDay(annual("18", 360));
    expect(p360.num * 10_000n).toBe(p360.den * 5n);
    expect(percentText(perDay(annual("18")))).toBe("约 0.049315%");
  });

  it("applies the contract's multiplier (罚息为正常利率的1.5倍)", () => {
    const p = perDay(daily("0.05", "1.5"));
    expect(p.num * 10_000n).toBe(p.den * 75n / 10n);
  });

  it("asks for a missing rate, a non-number, a zero multiplier and a rate above 1% a day", () => {
    const missing = readRateTerms(daily(""));
    expect(missing.ok === false && missing.errors[0]?.message).toContain("请填写日费率");
    const wrong = readRateTerms(daily("abc"));
    expect(wrong.ok === false && wrong.errors[0]?.field).toBe("percent");
    const zeroMul = readRateTerms(daily("0.05", "0"));
    expect(zeroMul.ok === false && zeroMul.errors[0]?.field).toBe("multiplier");
    const high = readRateTerms(daily("1.01"));
    expect(high.ok === false && high.errors[0]?.message).toContain("每天超过1%");
    expect(readRateTerms(daily("1")).ok).toBe(true);
    const annualAsDaily = readRateTerms(annual("400"));
    expect(annualAsDaily.ok).toBe(false);
  });

  it("starts with an empty box, and estimates with the example rate exactly as the timeline does", () => {
    expect(BLANK_TERMS.percent).toBe("");
    const example = readRateTerms({ ...BLANK_TERMS, percent: EXAMPLE_PERCENT });
    if (!example.ok) throw new Error(`the example rate ${EXAMPLE_PERCENT} does not read: ${example.errors.map((e) => e.message).join("; ")}`);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500_000_000 }), fc.integer({ min: 0, max: 3740 }), (amountFen, days) => {
        expect(interestFen(amountFen, example.perDay, days)).toBe(penaltyFen(amountFen, EXAMPLE_DAILY_RATE_PERCENT, days));
      }),
    );
  });

  it("reads the rate as bills write it: 万分之五, 日利率0.05%, 千分之0.5 are all 0.05% a day", () => {
    for (const percent of ["万分之五", "日利率0.05%", "千分之0.5", "0.05%"]) {
      const r = readRateTerms(daily(percent));
      expect(r.ok && r.percent).toEqual({ num: 5n, den: 100n });
    }
  });
});

describe("interest in integer fen", () => {
  it("20,000 yuan at 0.05% a day for 20 days is exactly 200.00 yuan", () => {
    expect(interestFen(2_000_000, perDay(daily("0.05")), 20)).toBe(20_000);
  });

  it("rounds half up at the fen boundary and not before", () => {
    // 1 yuan × 0.05% × 1 day = 0.05 fen → 0; × 10 days = 0.5 fen → 1; × 9 days = 0.45 fen → 0
    const p = perDay(daily("0.05"));
    expect(interestFen(100, p, 1)).toBe(0);
    expect(interestFen(100, p, 10)).toBe(1);
    expect(interestFen(100, p, 9)).toBe(0);
  });

  it("is zero for zero days, zero amount or a zero rate", () => {
    const p = perDay(daily("0.05"));
    expect(interestFen(0, p, 30)).toBe(0);
    expect(interestFen(2_000_000, p, 0)).toBe(0);
    expect(interestFen(2_000_000, perDay(daily("0")), 30)).toBe(0);
  });

  it("has no floating-point drift where floats would (0.1 + 0.2)", () => {
    // 0.3% of 1 fen over 1000 days = 3 fen exactly; 0.1+0.2 in floats is 0.30000000000000004
    expect(interestFen(1, perDay(daily("0.3")), 1000)).toBe(3);
    expect(interestFen(333_333, perDay(daily("0.07")), 3)).toBe(700); // 699.9993 → 700
  });

  it("is exact for very large values, and refuses to round a number it cannot hold", () => {
    const p = perDay(daily("1"));
    expect(interestFen(500_000_000, p, 3740)).toBe(18_700_000_000);
    expect(interestFenExact(10n ** 20n, p, 10n ** 6n)).toBe(10n ** 24n);
    expect(() => interestFen(Number.MAX_SAFE_INTEGER, p, 3650)).toThrow(RangeError);
  });

  it("agrees with the engine's penaltyFen for every daily rate the timeline can hold", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 3740 }),
        (amountFen, micro, days) => {
          const percent = toDecimalText({ num: BigInt(micro), den: 1_000_000n }, 6).text;
          expect(interestFen(amountFen, perDay(daily(percent)), days)).toBe(penaltyFen(amountFen, Number(percent), days));
        },
      ),
    );
  });

  it("grows with the days and never shrinks", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500_000_000 }), fc.integer({ min: 0, max: 3650 }), (amountFen, days) => {
        const p = perDay(annual("24"));
        expect(interestFen(amountFen, p, days + 1)).toBeGreaterThanOrEqual(interestFen(amountFen, p, days));
      }),
    );
  });
});

describe("cost by milestone", () => {
  it("gives today, 7, 30 and 90 days from today with their dates and totals", () => {
    const rows = costMilestones(2_000_000, 20, perDay(daily("0.05")), "2026-11-22");
    expect(rows).toEqual([
      { offsetDays: 0, date: "2026-11-22", daysOverdue: 20, interestFen: 20_000, totalFen: 2_020_000 },
      { offsetDays: 7, date: "2026-11-29", daysOverdue: 27, interestFen: 27_000, totalFen: 2_027_000 },
      { offsetDays: 30, date: "2026-12-22", daysOverdue: 50, interestFen: 50_000, totalFen: 2_050_000 },
      { offsetDays: 90, date: "2027-02-20", daysOverdue: 110, interestFen: 110_000, totalFen: 2_110_000 },
    ]);
  });

  it("crosses a leap day correctly", () => {
    const rows = costMilestones(100_000, 0, perDay(daily("0.05")), "2028-02-22");
    expect(rows[1]?.date).toBe("2028-02-29");
  });

  it("flags a rate above 24% a year and not one at or below it", () => {
    expect(annualAbove(perDay(annual("24")), 24)).toBe(false);
    expect(annualAbove(perDay(daily("0.05")), 24)).toBe(false); // 18.25%
    expect(annualAbove(perDay(daily("0.1")), 24)).toBe(true); // 36.5%
  });
});

describe("showing the arithmetic", () => {
  it("spells out a daily rate", () => {
    const r = readRateTerms(daily("0.05"));
    if (!r.ok) throw new Error();
    expect(explainCost(daily("0.05"), r, 2_000_000, 27, 27_000)).toEqual([
      "日费率 0.05%",
      "¥20,000.00 × 0.05% × 27天 = ¥270.00（单利，四舍五入到分）",
    ]);
  });

  it("spells out an annual conversion and a multiplier, and says when a shown rate is rounded", () => {
    const terms = annual("18", 365, "1.5");
    const r = readRateTerms(terms);
    if (!r.ok) throw new Error();
    const fen = interestFen(2_000_000, r.perDay, 27);
    const lines = explainCost(terms, r, 2_000_000, 27, fen);
    expect(lines[0]).toBe("年费率 18% ÷ 365天 = 每天 约 0.049315%");
    expect(lines[1]).toBe("按合同的 1.5 倍计算：每天 约 0.073973%");
    expect(lines[2]).toBe("¥20,000.00 × 约 0.073973% × 27天 = ¥399.45（单利，四舍五入到分）");
    expect(lines[3]).toContain("精确的分数");
  });
});
