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

/** A figure speaks from its start day on (once begun, it stays begun); one without a day speaks about every day. */
export function figureSpeaksAbout(figure: SourceFigure, day: number): boolean {
  return figure.fromDay === null || figure.fromDay <= day;
}

/** The weakest and the strongest reading among the figures that speak about `day`. */
export type WordBand = { day: number; floor: Likelihood; ceiling: Likelihood };

export function wordBand(figures: readonly SourceFigure[], day: number): WordBand {
  const speaking = figures.filter((f) => figureSpeaksAbout(f, day));
  // An event always has a figure for its own window (see consensus-band.ts); this guard
  // only keeps a malformed event from producing a band with no words in it.
  const ranks = (speaking.length > 0 ? speaking : figures).map((f) => likelihoodRank(f.reads));
  return {
    day,
    floor: LIKELIHOOD_SCALE[Math.min(...ranks)] as Likelihood,
    ceiling: LIKELIHOOD_SCALE[Math.max(...ranks)] as Likelihood,
  };
}

/** The base moved by `steps`, kept inside the band. */
export function likelihoodWithin(base: Likelihood, steps: number, band: WordBand): Likelihood {
  const rank = Math.max(likelihoodRank(band.floor), Math.min(likelihoodRank(band.ceiling), likelihoodRank(base) + steps));
  return LIKELIHOOD_SCALE[rank] as Likelihood;
}

/** Whether the answers pointed past the band, so the label stopped at its edge. */
export function heldBack(base: Likelihood, steps: number, band: WordBand): "higher" | "lower" | null {
  const raw = likelihoodRank(base) + steps;
  return raw > likelihoodRank(band.ceiling) ? "higher" : raw < likelihoodRank(band.floor) ? "lower" : null;
}
