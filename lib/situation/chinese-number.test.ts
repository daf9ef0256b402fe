/**
 * Issue 27: numbers in words. Checked against an independent writer of Chinese numerals
 * (the standard form, with 零 where a place is skipped) and the spoken short forms.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readChineseNumber } from "@/lib/situation/chinese-number";
import { readNumber } from "@/lib/situation/normalize-number";
import { toTraditional } from "@/build/traditional/convert.mjs";

const DIGIT = "零一二三四五六七八九";

/** 0 < n < 10,000 in standard form: 1050 → 一千零五十. */
function section(n: number): string {
  let out = "";
  let zero = false;
  for (const [place, unit] of [[1000, "千"], [100, "百"], [10, "十"], [1, ""]] as const) {
    const d = Math.floor(n / place) % 10;
    if (d === 0) {
      zero = out !== "";
      continue;
    }
    out += (zero ? "零" : "") + DIGIT[d] + unit;
    zero = false;
  }
  return out;
}

/** 0 < n < 100,000,000 in standard form: 18000 → 一万八千, 10008 → 一万零八. */
function toChinese(n: number): string {
  const high = Math.floor(n / 10_000);
  const low = n % 10_000;
  return (high ? `${section(high)}万` : "") + (low ? (high && low < 1000 ? "零" : "") + section(low) : "");
}

describe("readChineseNumber", () => {
  it("reads every whole number from 1 to 99,999,999 written in Chinese numerals", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999 }), (n) => {
        expect(readChineseNumber(toChinese(n)), toChinese(n)).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads 十 at the start without its 一, and 两 for 二, in both scripts", () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 19 }), fc.integer({ min: 1, max: 9_999 }), (teen, n) => {
        expect(readChineseNumber(toChinese(teen).replace(/^一十/, "十"))).toBe(teen);
        const spoken = toChinese(n).replace(/^二(?=[千百万])/, "两");
        expect(readChineseNumber(spoken), spoken).toBe(n);
        expect(readChineseNumber(toTraditional(spoken)), toTraditional(spoken)).toBe(n);
      }),
    );
  });

  it("reads the spoken short forms: a single digit after the last unit counts in the next unit down", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_999 }), fc.integer({ min: 1, max: 9 }), fc.boolean(), (wan, d, inDigits) => {
        const text = inDigits ? `${wan}万${d}` : `${toChinese(wan)}万${DIGIT[d]}`;
        expect(readChineseNumber(text), text).toBe(wan * 10_000 + d * 1_000);
        const thousands = inDigits ? `${d}千${d}` : `${DIGIT[d]}千${DIGIT[d]}`;
        expect(readChineseNumber(thousands), thousands).toBe(d * 1_000 + d * 100);
      }),
    );
  });

  it("reads digits with 万 and 千 like readNumber, decimals included", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const text = `${whole}.${String(cents).padStart(2, "0")}万`;
        expect(readChineseNumber(text)).toBe(whole * 10_000 + cents * 100);
      }),
    );
  });

  it.each(["", "万", "百", "十百", "万万", "二十多", "几千", "四x", ".", "1.2.3万", "亿亿"])("refuses %j (NaN), so the caller can say so", (text) => {
    expect(readChineseNumber(text)).toBeNaN();
  });

  it("never throws on any text, and what it reads is finite", () => {
    const chars = fc.constantFrom(..."零一二两三四五六七八九十百千万亿0123456789.兩萬次天x ");
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 12 }).map((a) => a.join("")), (text) => {
        const n = readChineseNumber(text);
        expect(Number.isNaN(n) || Number.isFinite(n)).toBe(true);
        const r = readNumber(text, "元", readChineseNumber);
        if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
