import type { Adjustment, EventRule, Factor } from "@/lib/schema/content";

/**
 * Whether an answer may move an event: its factor must cite the passage (`because`), and
 * that passage's source must be one that speaks about the event. Anything else is left
 * out, so an answer never moves an event on a source that does not mention it.
 */
export function adjustmentIsSourced(adjustment: Adjustment, factor: Factor | undefined, rule: EventRule): boolean {
  const source = adjustment.because?.source;
  return (
    factor !== undefined &&
    source !== undefined &&
    factor.citations.some((c) => c.source === source) &&
    rule.figures.some((f) => f.source === source)
  );
}
