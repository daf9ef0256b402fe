/**
 * When an event starts, as the sources say: the consensus band and the spread of the
 * sources' days (`consensusBand`), or the event's marked placement where no source gives
 * a day. The one place this is decided: the timeline, the Q&A and the source pages all
 * show what this returns, never numbers of their own. Tested in source-spread.test.ts
 * (emergency contacts: band days 15–30, spread 7–90).
 */
import type { EventRule } from "@/lib/schema/content";
import { consensusBand } from "@/lib/engine/consensus-band";
import type { SourceSpread } from "@/lib/engine/types";

/** @throws when an event has neither a dated figure nor a placement (the content check rejects that too). */
export function spreadOf(rule: EventRule): SourceSpread {
  const band = consensusBand(rule.figures);
  if (band) return { figures: rule.figures, ...band, placementNote: null };
  if (!rule.placement) throw new Error(`event ${rule.id} has no dated figure and no placement`);
  const { fromDay, toDay, note } = rule.placement;
  return {
    figures: rule.figures,
    band: { fromDay, toDay },
    spread: { minDay: fromDay, maxDay: toDay },
    disagree: false,
    placementNote: note,
  };
}
