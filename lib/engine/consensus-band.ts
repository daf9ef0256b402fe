/**
 * From what each source says about when an event starts, to the band most of them
 * agree on and the full spread. The band runs from the lower median of the sources'
 * earliest days to the upper median of their latest days, so it widens rather than
 * narrows when sources disagree: no precision the sources do not give.
 */
import type { SourceFigure } from "@/lib/schema/content";

/** Sources more than this many days apart are flagged as disagreeing. */
export const DISAGREEMENT_DAYS = 7;

export type Band = {
  band: { fromDay: number; toDay: number | null };
  spread: { minDay: number; maxDay: number | null };
  disagree: boolean;
};

/** null stands for "open-ended" and sorts last. */
function byDay(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

/** @returns null when no figure gives a day. */
export function consensusBand(figures: readonly SourceFigure[]): Band | null {
  const dated = figures.filter((f): f is SourceFigure & { fromDay: number } => f.fromDay !== null);
  if (dated.length === 0) return null;
  const froms = dated.map((f) => f.fromDay).sort((a, b) => a - b);
  const tos = dated.map((f) => f.toDay).sort(byDay);
  const lowerMedian = froms[Math.floor((froms.length - 1) / 2)] as number;
  const upperMedian = tos[Math.ceil((tos.length - 1) / 2)] ?? null;
  const minDay = froms[0] as number;
  const maxFrom = froms[froms.length - 1] as number;
  const maxTo = tos[tos.length - 1] ?? null;
  const maxDay = maxTo === null ? null : Math.max(maxTo, maxFrom);
  return {
    band: { fromDay: lowerMedian, toDay: upperMedian === null ? null : Math.max(upperMedian, lowerMedian) },
    spread: { minDay, maxDay },
    disagree: maxFrom - minDay > DISAGREEMENT_DAYS,
  };
}
