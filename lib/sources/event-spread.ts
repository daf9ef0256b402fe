/**
 * What the sources say about when each timeline event starts, as the engine sees it:
 * the consensus band and spread from `consensusBand`, or the event's marked placement
 * where no source gives a day. Pages and the Q&A render these, never their own numbers;
 * event-spread.test.ts checks they equal what `assess` puts on the timeline.
 */
import type { EventRule, SourceFigure } from "@/lib/content/schema";
import { content } from "@/lib/content";
import { consensusBand } from "@/lib/engine/consensus-band";

export type EventSpread = {
  event: EventRule;
  figures: SourceFigure[];
  band: { fromDay: number; toDay: number | null };
  spread: { minDay: number; maxDay: number | null };
  disagree: boolean;
  /** Set when no source gives a day and the band is our placement. */
  placementNote: string | null;
};

export function spreadOfEvent(event: EventRule): EventSpread {
  const band = consensusBand(event.figures);
  if (band) return { event, figures: event.figures, ...band, placementNote: null };
  if (!event.placement) throw new Error(`event ${event.id} has no dated figure and no placement`);
  const { fromDay, toDay, note } = event.placement;
  return {
    event,
    figures: event.figures,
    band: { fromDay, toDay },
    spread: { minDay: fromDay, maxDay: toDay },
    disagree: false,
    placementNote: note,
  };
}

const byId = new Map(content.events.map((e) => [e.id, e]));

/** @throws on an unknown event id, so a page naming one fails the build. */
export function eventSpread(eventId: string): EventSpread {
  const event = byId.get(eventId);
  if (!event) throw new Error(`unknown event "${eventId}"`);
  return spreadOfEvent(event);
}

/** Figures that give a day, earliest first. */
export function datedFigures(figures: readonly SourceFigure[]): (SourceFigure & { fromDay: number })[] {
  return figures
    .filter((f): f is SourceFigure & { fromDay: number } => f.fromDay !== null)
    .sort((a, b) => a.fromDay - b.fromDay || (a.toDay ?? Infinity) - (b.toDay ?? Infinity));
}
