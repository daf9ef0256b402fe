/**
 * What the sources say about when each timeline event starts, by event id: the engine's
 * own `spreadOf` (lib/engine/source-spread.ts). Pages and the Q&A render these, never their own numbers;
 * event-spread.test.ts checks they equal what `assess` puts on the timeline.
 */
import type { EventRule, SourceFigure } from "@/lib/schema/content";
import { spreadOf } from "@/lib/engine/source-spread";
import type { SourceSpread } from "@/lib/engine/types";

/** An event with what its sources say about when it starts. */
export type EventSpread = SourceSpread & { event: EventRule };

/** @throws on an unknown event id, so a page naming one fails the build. */
export function eventSpread(events: readonly EventRule[], eventId: string): EventSpread {
  const event = events.find((e) => e.id === eventId);
  if (!event) throw new Error(`unknown event "${eventId}"`);
  return { event, ...spreadOf(event) };
}

/** Figures that give a day, earliest first. */
export function datedFigures(figures: readonly SourceFigure[]): (SourceFigure & { fromDay: number })[] {
  return figures
    .filter((f): f is SourceFigure & { fromDay: number } => f.fromDay !== null)
    .sort((a, b) => a.fromDay - b.fromDay || (a.toDay ?? Infinity) - (b.toDay ?? Infinity));
}
