/**
 * Likelihood anchored to the sources' own words. For a given day, the sources that
 * speak about it set a band: from the weakest to the strongest reading of their words.
 * The event's estimate starts at its base and the answers move it in whole steps, but
 * it never leaves that band, so no label says more than the firmest source does.
 */
import { LIKELIHOOD_SCALE, type Likelihood } from "@/lib/schema/likelihood-scale";
import type { SourceFigure } from "@/lib/schema/content";

export { LIKELIHOOD_SCALE };

export function likelihoodRank(likelihood: Likelihood): number {
  return LIKELIHOOD_SCALE.indexOf(likelihood);
}

/** The weakest and the strongest reading among the figures that speak about `day`. */
export type WordBand = { day: number; floor: Likelihood; ceiling: Likelihood };

export function wordBand(figures: readonly SourceFigure[], day: number): WordBand {
  const about = speaking(figures, day);
  // An event always has a figure for its own window (see consensus-band.ts); this guard
  // only keeps a malformed event from producing a band with no words in it.
  const ranks = (about.length > 0 ? about : figures).map((f) => likelihoodRank(f.reads));
  return {
    day,
    floor: LIKELIHOOD_SCALE[Math.min(...ranks)] as Likelihood,
    ceiling: LIKELIHOOD_SCALE[Math.max(...ranks)] as Likelihood,
  };
}

/** The figures that speak about `day`: from their start day on (once begun, it stays begun); one without a day, about every day. */
function speaking(figures: readonly SourceFigure[], day: number): readonly SourceFigure[] {
  return figures.filter((f) => f.fromDay === null || f.fromDay <= day);
}

/**
 * How far the answers may carry the label. Each answer rests on a passage of one source
 * (its adjustment's `because`), so it lifts the label no higher than the strongest word of
 * the sources the lifting answers rest on, and lowers it no lower than the weakest word of
 * those the lowering answers rest on (their figures that speak about `day`). Without this,
 * an answer resting on an article that says 不常见 could lift a card to the word of
 * another source (issue 27: 「联系您的家人」 read 有可能 for a large amount, on an article
 * that calls it 不常见). No lifting answer: `highest` is -1; no lowering one: `lowest` is the scale's length.
 */
export type AnswerReach = { highest: number; lowest: number };

export function answerReach(figures: readonly SourceFigure[], day: number, lifting: ReadonlySet<string>, lowering: ReadonlySet<string>): AnswerReach {
  let highest = -1;
  let lowest: number = LIKELIHOOD_SCALE.length;
  for (const f of speaking(figures, day)) {
    const rank = likelihoodRank(f.reads);
    if (lifting.has(f.source)) highest = Math.max(highest, rank);
    if (lowering.has(f.source)) lowest = Math.min(lowest, rank);
  }
  return { highest, lowest };
}

/**
 * The base moved by `steps`, kept inside the band and within the answers' reach, and
 * whether the sources' words held it back.
 */
export function placeInBand(
  base: Likelihood,
  steps: number,
  band: WordBand,
  reach: AnswerReach,
): { likelihood: Likelihood; band: WordBand; heldBack: "higher" | "lower" | null } {
  const start = likelihoodRank(base);
  const raw = start + steps;
  const ceiling = Math.min(likelihoodRank(band.ceiling), Math.max(start, reach.highest));
  const floor = Math.max(likelihoodRank(band.floor), Math.min(start, reach.lowest));
  return {
    likelihood: LIKELIHOOD_SCALE[Math.max(floor, Math.min(ceiling, raw))] as Likelihood,
    band,
    heldBack: raw > ceiling ? "higher" : raw < floor ? "lower" : null,
  };
}
