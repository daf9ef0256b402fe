import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readRatePercent } from "@/lib/situation/read-rate";

describe("readRatePercent: a rate as the bill writes it", () => {
  it.each([
    ["0.05", "0.05"],
    ["0.05%", "0.05"],
    ["０.０５％", "0.05"],
    ["日利率0.05%", "0.05"],
    ["日利率 0.05 %", "0.05"],
    ["日息万分之五", "0.05"],
    ["万分之五", "0.05"],
    ["万分之5", "0.05"],
    ["万分之0.5", "0.005"],
    ["万分之三点五", "0.035"],
    ["万分之十五", "0.15"],
    ["千分之一", "0.1"],
    ["千分之0.5", "0.05"],
    ["0.5‰", "0.05"],
    ["5‱", "0.05"],
    ["百分之十八", "18"],
    ["年化18.25%", "18.25"],
    ["年利率：18%", "18"],
    ["1", "1"],
    ["0", "0"],
    [".5", "0.5"],
    ["00.050", "0.05"],
  ])("%s → %s", (text, percent) => {
    expect(readRatePercent(text)).toBe(percent);
  });

  it.each(["", "万分之", "abc", "0.05.1", "万分之五%", "-0.05", "1e-3", "一百", "%"])("refuses %j", (text) => {
    expect(readRatePercent(text)).toBeNull();
  });

  // Any decimal written as a percent, as 千分之 or as 万分之 reads back as the same percent.
  const decimalArb = fc
    .tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 5 }))
    .map(([whole, frac, width]) => (width === 0 ? String(whole) : `${whole}.${String(frac).padStart(5, "0").slice(0, width)}`));
  const tidy = (d: string) => String(Number(d));

  it("reads n% as n, and 千分之n and 万分之n as n÷10 and n÷100 percent, exactly", () => {
    fc.assert(
      fc.property(decimalArb, (d) => {
        expect(readRatePercent(`${d}%`)).toBe(tidy(d));
        expect(readRatePercent(`日利率${d}%`)).toBe(tidy(d));
        expect(Number(readRatePercent(`千分之${d}`))).toBeCloseTo(Number(d) / 10, 10);
        expect(Number(readRatePercent(`万分之${d}`))).toBeCloseTo(Number(d) / 100, 10);
        expect(readRatePercent(`万分之${d}`)).toBe(readRatePercent(`${readRatePercent(`千分之${d}`)}‰`));
      }),
    );
  });

  it("never throws, and any answer is a plain decimal", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (text) => {
        const percent = readRatePercent(text);
        if (percent !== null) expect(percent).toMatch(/^\d+(\.\d*[1-9])?$/);
      }),
    );
  });
});
