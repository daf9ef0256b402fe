import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { halfWidth } from "@/lib/text/half-width";

const FULL_WIDTH_BLOCK = Array.from({ length: 0x5e }, (_, i) => String.fromCharCode(0xff01 + i)).join("");
const ASCII_PRINTABLE = Array.from({ length: 0x5e }, (_, i) => String.fromCharCode(0x21 + i)).join("");

describe("halfWidth", () => {
  it('"all" folds the whole full-width block onto ASCII ! to ~, and nothing else', () => {
    expect(halfWidth(FULL_WIDTH_BLOCK, "all")).toBe(ASCII_PRINTABLE);
    expect(halfWidth("逾期２０天，ｗ　（借呗）", "all")).toBe("逾期20天,w　(借呗)");
  });

  it('"number" folds digits and number signs, and leaves letters and brackets', () => {
    expect(halfWidth("０１２３４５６７８９．，－＋", "number")).toBe("0123456789.,-+");
    expect(halfWidth("逾期２０天（ｗ）", "number")).toBe("逾期20天（ｗ）");
  });

  it('"digits" folds only digits', () => {
    expect(halfWidth("０１２３４５６７８９．，－＋", "digits")).toBe("0123456789．，－＋");
  });

  it("keeps the length, and each set folds a subset of the next", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."０９．，－＋ＡｚａＺ！～（）３５abc12 逾期天") }), (s) => {
        for (const set of ["digits", "number", "all"] as const) expect(halfWidth(s, set).length).toBe(s.length);
        expect(halfWidth(halfWidth(s, "number"), "all")).toBe(halfWidth(s, "all"));
        expect(halfWidth(halfWidth(s, "digits"), "number")).toBe(halfWidth(s, "number"));
        expect(/[\uFF10-\uFF19]/.test(halfWidth(s, "digits"))).toBe(false);
      }),
    );
  });
});
