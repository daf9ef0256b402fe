import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readChineseNumber } from "@/lib/situation/chinese-number";
import { readNumber } from "@/lib/situation/normalize-number";
import { hostileTextArb } from "@/tests/unit/fixtures/arbitraries";

const FULL_WIDTH_DIGITS = "０１２３４５６７８９";
const toFullWidth = (s: string) => s.replace(/[0-9]/g, (d) => FULL_WIDTH_DIGITS[Number(d)] as string).replace(".", "．");

describe("readNumber: numbers as Chinese users type them", () => {
  it.each([
    ["Plain digits are read as they are.", "20", undefined, 20],
    ["Full-width digits are read like ASCII ones.", "２０", undefined, 20],
    ["A full-width decimal point is a decimal point.", "１２．５", undefined, 12.5],
    ["2万 is twenty thousand.", "2万", "元", 20_000],
    ["Full-width 2 with 万 is twenty thousand.", "２万", "元", 20_000],
    ["1.5w is fifteen thousand.", "1.5w", "元", 15_000],
    ["1.1万 is exactly eleven thousand, with no floating-point tail.", "1.1万", "元", 11_000],
    ["0.0001万 is exactly one.", "0.0001万", "元", 1],
    ["1.23456万 keeps its extra decimals.", "1.23456万", "元", 12_345.6],
    ["3千 is three thousand.", "3千", "元", 3_000],
    ["2k is two thousand.", "2k", "元", 2_000],
    ["A currency sign, thousands separators and 元 are ignored.", "￥2,000元", "元", 2_000],
    ["块 and 块钱 are ways of saying 元.", "800块钱", "元", 800],
    ["人民币 at the end is a way of saying 元.", "800人民币", "元", 800],
    ["RMB at the start is ignored.", "RMB 500", "元", 500],
    ["A Chinese comma as a thousands separator is ignored.", "20，000", "元", 20_000],
    ["天 after a number of days is ignored.", "20天", "天", 20],
    ["Spaces inside a number are ignored.", " 2 0 ", undefined, 20],
    ["A leading dot is a decimal.", ".5", undefined, 0.5],
    ["A minus sign is kept so the form can say it cannot be negative.", "-3", undefined, -3],
    ["A full-width minus sign too.", "－３", undefined, -3],
    ["Minus zero is plain zero, not a negative zero.", "-0", undefined, 0],
  ] as const)("%s", (_name, input, unit, want) => {
    expect(readNumber(input, unit)).toEqual({ ok: true, value: want });
  });

  // Issue 27: numbers in words and mixed forms, as people say them, with the form's reader.
  it.each([
    ["两万 is twenty thousand.", "两万", "元", 20_000],
    ["一万八 is eighteen thousand, as it is said.", "一万八", "元", 18_000],
    ["1万8 is eighteen thousand too.", "1万8", "元", 18_000],
    ["1.8万 is eighteen thousand.", "1.8万", "元", 18_000],
    ["两万块 is twenty thousand yuan.", "两万块", "元", 20_000],
    ["一万零八百元 keeps its 零.", "一万零八百元", "元", 10_800],
    ["二十天 is twenty days.", "二十天", "天", 20],
    ["十二 is twelve.", "十二", undefined, 12],
    ["兩萬 (Traditional) is twenty thousand.", "兩萬", "元", 20_000],
  ] as const)("%s", (_name, input, unit, want) => {
    expect(readNumber(input, unit, readChineseNumber)).toEqual({ ok: true, value: want });
    // Without the reader (links written by the form, in digits), words are not a number.
    expect(readNumber(input, unit).ok, "without readWords").toBe(/^[\d.]+[万]?$/.test(input));
  });

  it.each([
    ["Nothing at all is empty.", "", "empty"],
    ["Only spaces is empty.", "   ", "empty"],
    ["Only a unit is empty.", "元", "empty"],
    ["Words are not a number.", "二十多", "not-a-number"],
    ["NaN is not a number.", "NaN", "not-a-number"],
    ["Infinity is not a number.", "Infinity", "not-a-number"],
    ["Exponent notation is not how anyone types an amount.", "1e309", "not-a-number"],
    ["Hexadecimal is not a number here.", "0x10", "not-a-number"],
    ["Four hundred nines overflow and are refused rather than read as Infinity.", "9".repeat(400), "not-a-number"],
    ["Markup is not a number.", "<b>20</b>", "not-a-number"],
    ["Two decimal points are not a number.", "1.2.3", "not-a-number"],
    ["A multiplier on its own is not a number.", "万", "not-a-number"],
  ] as const)("%s", (_name, input, reason) => {
    expect(readNumber(input, "元")).toEqual({ ok: false, reason });
  });

  it("never throws, and any number it returns is finite", () => {
    fc.assert(
      fc.property(hostileTextArb, fc.constantFrom(undefined, "元" as const, "天" as const), (text, unit) => {
        const r = readNumber(text, unit);
        if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
        else expect(["empty", "not-a-number"]).toContain(r.reason);
      }),
      { numRuns: 500 },
    );
  });

  it("reads any whole number the same in ASCII and in full-width digits", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(readNumber(String(n))).toEqual({ ok: true, value: n });
        expect(readNumber(toFullWidth(String(n)))).toEqual({ ok: true, value: n });
      }),
    );
  });

  it("scales 万 and 千 exactly for up to four decimal places", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 9_999 }), fc.integer({ min: 1, max: 4 }), (whole, frac, places) => {
        const digits = String(frac).padStart(4, "0").slice(0, places);
        const exact = whole * 10_000 + Number(digits.padEnd(4, "0"));
        expect(readNumber(`${whole}.${digits}万`, "元")).toEqual({ ok: true, value: exact });
        expect(readNumber(toFullWidth(`${whole}.${digits}`) + "万", "元")).toEqual({ ok: true, value: exact });
        const thousands = whole * 1_000 + Number(digits.slice(0, 3).padEnd(3, "0")) + (places === 4 ? Number(digits[3]) / 10 : 0);
        expect(readNumber(`${whole}.${digits}千`, "元")).toEqual({ ok: true, value: thousands });
      }),
    );
  });
});
