import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SourceFigure } from "@/lib/schema/content";
import { LIKELIHOOD_SCALE, likelihoodRank, placeInBand, wordBand } from "@/lib/engine/likelihood";
import type { Likelihood } from "@/lib/engine/types";

/** Answers that may carry the label anywhere on the scale: these tests are about the band alone. */
const ANY_REACH = { highest: 99, lowest: -1 };

const fig = (fromDay: number | null, reads: Likelihood): SourceFigure => ({ source: "s", fromDay, toDay: fromDay, says: "说法", word: reads, reads });

describe("wordBand", () => {
  it.each([
    ["Only the sources that speak about the day count: 有可能 on day 7, 会 from day 15.", [fig(7, "possible"), fig(15, "usual")], 8, ["possible", "possible"]],
    ["Once a later source's day arrives, its firmer word joins the band.", [fig(7, "possible"), fig(15, "usual")], 20, ["possible", "usual"]],
    ["A source without a day speaks about every day.", [fig(null, "rare"), fig(61, "possible")], 61, ["rare", "possible"]],
    ["Before any dated source, the dateless ones still set the band.", [fig(null, "uncommon"), fig(90, "usual")], 30, ["uncommon", "uncommon"]],
  ] as const)("%s", (_name, figures, day, [floor, ceiling]) => {
    expect(wordBand(figures, day)).toEqual({ day, floor, ceiling });
  });
});

describe("placeInBand", () => {
  const band = { day: 20, floor: "possible", ceiling: "usual" } as const;
  it.each([
    ["No answer: the base.", "possible", 0, "possible"],
    ["Raised by answers, but never past the strongest word.", "possible", 3, "usual"],
    ["Lowered by answers, but never below the weakest word.", "possible", -2, "possible"],
    ["A base outside the band is brought inside it.", "rare", 0, "possible"],
  ] as const)("%s", (_name, base, steps, want) => {
    expect(placeInBand(base, steps, band, ANY_REACH).likelihood).toBe(want);
  });

  it.each([
    ["Answers pointing past the strongest word are held back, and it says so.", 3, "higher"],
    ["Answers pointing below the weakest word are held back too.", -1, "lower"],
    ["Inside the band nothing is held back.", 1, null],
  ] as const)("%s", (_name, steps, want) => {
    expect(placeInBand("possible", steps, band, ANY_REACH).heldBack).toBe(want);
  });

  it("never leaves the band, and never falls when the steps rise", () => {
    const level = fc.constantFrom(...LIKELIHOOD_SCALE);
    fc.assert(
      fc.property(level, level, level, fc.integer({ min: -6, max: 6 }), fc.nat(4), (a, b, base, steps, up) => {
        const [floor, ceiling] = likelihoodRank(a) <= likelihoodRank(b) ? [a, b] : [b, a];
        const band = { day: 1, floor, ceiling };
        const got = likelihoodRank(placeInBand(base, steps, band, ANY_REACH).likelihood);
        expect(got).toBeGreaterThanOrEqual(likelihoodRank(floor));
        expect(got).toBeLessThanOrEqual(likelihoodRank(ceiling));
        expect(likelihoodRank(placeInBand(base, steps + up, band, ANY_REACH).likelihood)).toBeGreaterThanOrEqual(got);
      }),
    );
  });
});
