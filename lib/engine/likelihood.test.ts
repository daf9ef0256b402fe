import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { likelihoodAt, likelihoodRank, LIKELIHOODS } from "@/lib/engine/likelihood";

describe("likelihoodAt", () => {
  it.each([
    ["Level 0 is unlikely.", 0, 2, "unlikely"],
    ["Level 2 is expected.", 2, 2, "expected"],
    ["Steps below zero stay unlikely.", -3, 2, "unlikely"],
    ["Steps above two stay expected.", 5, 2, "expected"],
    ["An event capped at possible never becomes expected.", 2, 1, "possible"],
    ["An event capped at unlikely stays unlikely.", 2, 0, "unlikely"],
  ] as const)("%s", (_name, level, max, want) => {
    expect(likelihoodAt(level, max)).toBe(want);
  });

  it("never falls when the level rises, and never passes the cap", () => {
    fc.assert(
      fc.property(fc.integer({ min: -10, max: 10 }), fc.nat(5), fc.constantFrom(0, 1, 2), (level, up, max) => {
        expect(likelihoodRank(likelihoodAt(level + up, max))).toBeGreaterThanOrEqual(likelihoodRank(likelihoodAt(level, max)));
        expect(likelihoodRank(likelihoodAt(level, max))).toBeLessThanOrEqual(max);
      }),
    );
    expect(LIKELIHOODS.map(likelihoodRank)).toEqual([0, 1, 2]);
  });
});
