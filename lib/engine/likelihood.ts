/**
 * Likelihood anchored to the sources' own words. For a given day, the sources that
 * speak about it set a band: from the weakest to the strongest reading of their words.
 * The event's estimate starts at its base and the answers move it in whole steps, but
 * it never leaves that band, so no label says more than the firmest source does.
 */
import { LIKELIHOOD_SCALE, type Likelihood } from "@/lib/content/likelihood-scale";
import type { SourceFigure } from "@/lib/content/schema";

export { LIKELIHOOD_SCALE };

export function likelihoodRank(likelihood: Likelihood): number {
  return LIKELIHOOD_SCALE.indexOf(likelihood);
}

/** The weakest and the strongest reading among the figures that speak about `day`. */
export type WordBand = { day: number; floor: Likelihood; ceiling: Likelihood };

export function wordBand(figures: readonly SourceFigure[], day: number): WordBand {
  // A figure speaks from its start day on (once begun, it stays begun); one without a day, about every day.
  const speaking = figures.filter((f) => f.fromDay === null || f.fromDay <= day);
  // An event always has a figure for its own window (see consensus-band.ts); this guard
  // only keeps a malformed event from producing a band with no words in it.
  const ranks = (speaking.length > 0 ? speaking : figures).map((f) => likelihoodRank(f.reads));
  return {
    day,
    floor: LIKELIHOOD_SCALE[Math.min(...ranks)] as Likelihood,
    ceiling: LIKELIHOOD_SCALE[Math.max(...ranks)] as Likelihood,
  };
}

/** The base moved by `steps` and kept inside the band, and whether the band held it back. */
export function placeInBand(
  base: Likelihood,
  steps: number,
  band: WordBand,
): { likelihood: Likelihood; band: WordBand; heldBack: "higher" | "lower" | null } {
  const raw = likelihoodRank(base) + steps;
  const floor = likelihoodRank(band.floor);
  const ceiling = likelihoodRank(band.ceiling);
  return {
    likelihood: LIKELIHOOD_SCALE[Math.max(floor, Math.min(ceiling, raw))] as Likelihood,
    band,
    heldBack: raw > ceiling ? "higher" : raw < floor ? "lower" : null,
  };
}
