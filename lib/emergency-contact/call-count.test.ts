/** Issue 27: the call count reads numbers in words, and says when it cannot read one (NaN), never dropping it silently. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_CALLS, readCallCount } from "@/lib/emergency-contact/call-count";

const WORDS = ["一", "二", "三", "四", "五", "六", "七", "八", "九"];

describe("readCallCount", () => {
  it.each([
    ["3", 3],
    ["３", 3],
    ["3次", 3],
    ["四次", 4],
    ["四", 4],
    ["两次", 2],
    ["兩次", 2],
    ["十二次", 12],
    ["二十", 20],
    [" 5 次 ", 5],
    [" 12 ", 12],
  ] as const)("reads %j as %i", (text, n) => {
    expect(readCallCount(text)).toBe(n);
  });

  it("leaves an empty answer out (undefined)", () => {
    expect(readCallCount("")).toBeUndefined();
    expect(readCallCount("  ")).toBeUndefined();
  });

  it.each(["好几次", "0", "零次", "-2", "1.5", "2.5", "201", "9999", "三百", "abc", "次"])("cannot read %j as a count: NaN, for the form to say so", (text) => {
    expect(readCallCount(text)).toBeNaN();
  });

  it("reads every count from 1 to MAX_CALLS in digits and in words, with or without 次", () => {
    const inWords = (n: number) =>
      (n >= 100 ? `${WORDS[Math.floor(n / 100) - 1]}百` : "") +
      (n >= 100 && n % 100 > 0 && n % 100 < 10 ? "零" : "") +
      (n % 100 >= 10 ? `${n >= 100 || n % 100 >= 20 ? WORDS[Math.floor((n % 100) / 10) - 1] : ""}十` : "") +
      (n % 10 ? (WORDS[(n % 10) - 1] as string) : "");
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_CALLS }), fc.boolean(), (n, times) => {
        const suffix = times ? "次" : "";
        expect(readCallCount(`${n}${suffix}`)).toBe(n);
        expect(readCallCount(`${inWords(n)}${suffix}`), inWords(n)).toBe(n);
      }),
    );
  });

  it("any other text is a count in range or NaN, never a silent undefined", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }).filter((s) => s.trim() !== ""), (text) => {
        const n = readCallCount(text);
        expect(n === undefined ? "undefined" : Number.isNaN(n) || (Number.isInteger(n) && n >= 1 && n <= MAX_CALLS)).toBe(true);
      }),
    );
  });
});
