/** Likelihood as a level 0..2, moved in whole steps and kept inside the event's limits. */
import type { Likelihood } from "@/lib/engine/types";

export const LIKELIHOODS: readonly Likelihood[] = ["unlikely", "possible", "expected"];

export function likelihoodAt(level: number, max: number): Likelihood {
  const clamped = Math.max(0, Math.min(max, Math.min(2, level)));
  return LIKELIHOODS[clamped] as Likelihood;
}

export function likelihoodRank(likelihood: Likelihood): number {
  return LIKELIHOODS.indexOf(likelihood);
}
