import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { halfWidthAll, halfWidthDigits, halfWidthNumber } from "@/lib/text/half-width";

const FULL_WIDTH_BLOCK = Array.from({ length: 0x5e }, (_, i) => String.fromCharCode(0xff01 + i)).join("");
const ASCII_PRINTABLE = Array.from({ length: 0x5e }, (_, i) => String.fromCharCode(0x21 + i)).join("");

describe("half-width folding", () => {
  it("folds the whole full-width block onto ASCII ! to ~, and nothing else", () => {
    expect(halfWidthAll(FULL_WIDTH_BLOCK)).toBe(ASCII_PRINTABLE);
    expect(halfWidthAll("逾期２０天，ｗ　（借呗）")).toBe("逾期20天,w　(借呗)");
  });

  it("folds digits and number signs for numbers, and leaves letters and brackets", () => {
    expect(halfWidthNumber("０１２３４５６７８９．，－＋")).toBe("0123456789.,-+");
    expect(halfWidthNumber("逾期２０天（ｗ）")).toBe("逾期20天（ｗ）");
  });

  it("folds only digits for counts and numbers kept as typed", () => {
    expect(halfWidthDigits("０１２３４５６７８９．，－＋")).toBe("0123456789．，－＋");
  });

  it("keeps the length, and each width folds a subset of the next", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."０９．，－＋ＡｚａＺ！～（）３５abc12 逾期天") }), (s) => {
        for (const fold of [halfWidthDigits, halfWidthNumber, halfWidthAll]) expect(fold(s).length).toBe(s.length);
        expect(halfWidthAll(halfWidthNumber(s))).toBe(halfWidthAll(s));
        expect(halfWidthNumber(halfWidthDigits(s))).toBe(halfWidthNumber(s));
        expect(/[\uFF10-\uFF19]/.test(halfWidthDigits(s))).toBe(false);
      }),
    );
  });
});
