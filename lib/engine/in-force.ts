/** Whether a source applies on a given day: rules carry their effective dates. */
import type { Citation, CollectionRule, RuleStatement, Source } from "@/lib/schema/content";
import type { IsoDate } from "@/lib/dates/iso-date";

/** ISO dates compare correctly as strings. */
export function isInForce(source: Pick<Source, "effectiveFrom" | "effectiveUntil">, today: IsoDate): boolean {
  if (source.effectiveFrom && today < source.effectiveFrom) return false;
  if (source.effectiveUntil && today > source.effectiveUntil) return false;
  return true;
}

/** What the in-force check needs to know about a source. */
export type SourceDates = Pick<Source, "id" | "effectiveFrom" | "effectiveUntil">;

/** The sources as a list (the slim `SourceRef`s of `/content.json`, a rule book) or as a map by id (the engine's). */
export type SourceDateList = readonly SourceDates[] | ReadonlyMap<string, SourceDates>;

function findSource(sources: SourceDateList, id: string): SourceDates | undefined {
  return sources instanceof Map ? sources.get(id) : (sources as readonly SourceDates[]).find((s) => s.id === id);
}

/** Whether the source `id` is known and applies on `today`. */
export function sourceInForce(id: string, today: IsoDate, sources: SourceDateList): boolean {
  const source = findSource(sources, id);
  return source !== undefined && isInForce(source, today);
}

/**
 * Citations whose source applies on `today`; an expired or not-yet-valid text is not cited as current.
 * @example citationsInForce([{ source: "law-pipl" }], "2021-10-01", content.sources) // [] (in force from 2021-11-01)
 */
export function citationsInForce(citations: readonly Citation[], today: IsoDate, sources: SourceDateList): Citation[] {
  return citations.filter((c) => sourceInForce(c.source, today, sources));
}

type SourceLookup = (id: string) => Pick<Source, "kind" | "effectiveFrom" | "effectiveUntil"> | undefined;

/**
 * Sources that can make a rule: a law, regulation, court rule, standard or guideline.
 * Articles report practice, news reports facts, and a public-service entry (110, 12321)
 * is a channel with no date: none of them can make a rule stand on its own.
 */
export function isRuleText(source: Pick<Source, "kind">): boolean {
  return source.kind !== "article" && source.kind !== "news" && source.kind !== "public-service";
}

/** A rule as shown on one day: only the statements whose own source is in force. */
export type RuleOnDay = {
  id: string;
  title: string;
  /** Each with the one source that makes it true (`basis`). */
  statements: RuleStatement[];
  /** The shown statements as one paragraph, for places that show a rule in a line or two. */
  body: string;
  /** The sources of the shown statements, each once. */
  citations: Citation[];
};

/** Every source a rule cites, whatever the day: for the source pages and the checks. */
export function ruleCitations(rule: Pick<CollectionRule, "statements">): Citation[] {
  const seen = new Set<string>();
  return rule.statements
    .map((s) => s.basis)
    .filter((c) => {
      const key = `${c.source}|${c.where ?? ""}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/**
 * The rule as it stands on `today`, or null. A statement is shown while its own source
 * is in force. The rule is shown only if at least one shown statement rests on a rule
 * text: a statement resting on a channel (for example "call 110") is shown beside the
 * rule, never instead of it.
 */
export function ruleOnDay(rule: CollectionRule, sourceById: SourceLookup, today: IsoDate): RuleOnDay | null {
  // One pass, no helpers: this runs in the browser on /timeline and /plan, whose script budget has no headroom.
  const shown: RuleStatement[] = [];
  let stands = false;
  for (const s of rule.statements) {
    const source = sourceById(s.basis.source);
    if (!source || !isInForce(source, today)) continue;
    shown.push(s);
    stands ||= isRuleText(source);
  }
  if (!stands) return null;
  return {
    id: rule.id,
    title: rule.title,
    statements: shown,
    body: shown.map((s) => s.text).join(""),
    // A rule cites each source once per statement; load-content rejects a rule that repeats one.
    citations: shown.map((s) => s.basis),
  };
}
