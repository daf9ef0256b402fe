/**
 * Where a source agrees and disagrees with the others, derived from the content:
 * - on days: each figure it gives for an event, set against the band most sources agree
 *   on and against every other source's figure for the same event;
 * - on rules: an article's report of an event, set beside the collection rules that limit
 *   that event; a rule source, beside the article reports it limits.
 */
import { ruleCitations } from "@/lib/engine/in-force";
import type { CollectionRule, Content, EventRule, SourceFigure } from "@/lib/schema/content";
import { DISAGREEMENT_DAYS } from "@/lib/engine/consensus-band";
import { spreadOf } from "@/lib/engine/source-spread";
import type { EventSpread } from "@/lib/sources/event-spread";

export type Position = "earlier" | "within" | "later";

export type FigureComparison = {
  event: EventRule;
  spread: EventSpread;
  figure: SourceFigure & { fromDay: number };
  /** Where this figure's start sits against the consensus band. */
  position: Position;
  /** Other sources whose start is within DISAGREEMENT_DAYS of this one. */
  agreeWith: SourceFigure[];
  /** Other sources whose start is further away than that. */
  disagreeWith: SourceFigure[];
};

export function positionOf(figure: { fromDay: number; toDay: number | null }, band: { fromDay: number; toDay: number | null }): Position {
  const end = figure.toDay ?? figure.fromDay;
  if (end < band.fromDay) return "earlier";
  if (band.toDay !== null && figure.fromDay > band.toDay) return "later";
  return "within";
}

export const POSITION_LABELS: Record<Position, string> = {
  earlier: "比居中的说法早",
  within: "落在居中的说法范围内",
  later: "比居中的说法晚",
};

export function figureComparisons(content: Content, sourceId: string): FigureComparison[] {
  const out: FigureComparison[] = [];
  for (const event of content.events) {
    const spread: EventSpread = { event, ...spreadOf(event) };
    if (spread.placementNote) continue;
    for (const figure of event.figures) {
      if (figure.source !== sourceId || figure.fromDay === null) continue;
      const own = figure as SourceFigure & { fromDay: number };
      const others = event.figures.filter((f) => f.source !== sourceId && f.fromDay !== null);
      const near = (f: SourceFigure) => Math.abs((f.fromDay as number) - own.fromDay) <= DISAGREEMENT_DAYS;
      out.push({
        event,
        spread,
        figure: own,
        position: positionOf(own, spread.band),
        agreeWith: others.filter(near),
        disagreeWith: others.filter((f) => !near(f)),
      });
    }
  }
  return out;
}

export type RuleTension = { event: EventRule; rules: CollectionRule[] };

/** Reports in this source (an article) that collection rules limit. */
export function rulesLimitingReportsOf(content: Content, sourceId: string): RuleTension[] {
  if (!content.sources.some((s) => s.kind === "article" && s.id === sourceId)) return [];
  const rulesById = new Map(content.collectionRules.map((r) => [r.id, r]));
  return content.events
    .filter((e) => e.figures.some((f) => f.source === sourceId) || e.citations.some((c) => c.source === sourceId))
    .map((event) => ({ event, rules: event.rules.map((id) => rulesById.get(id)).filter((r): r is CollectionRule => !!r) }))
    .filter((t) => t.rules.length > 0);
}

export type LimitedReport = { rule: CollectionRule; events: EventRule[] };

/** For a rule source: the rules citing it, and the article-reported events each limits. */
export function reportsLimitedBy(content: Content, sourceId: string): LimitedReport[] {
  return content.collectionRules
    .filter((r) => ruleCitations(r).some((c) => c.source === sourceId))
    .map((rule) => ({ rule, events: content.events.filter((e) => e.rules.includes(rule.id)) }))
    .filter((l) => l.events.length > 0);
}
