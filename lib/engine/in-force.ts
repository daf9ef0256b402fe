/** Whether a source applies on a given day: rules carry their effective dates. */
import type { Source } from "@/lib/content/schema";
import type { IsoDate } from "@/lib/dates/iso-date";

/** ISO dates compare correctly as strings. */
export function isInForce(source: Pick<Source, "effectiveFrom" | "effectiveUntil">, today: IsoDate): boolean {
  if (source.effectiveFrom && today < source.effectiveFrom) return false;
  if (source.effectiveUntil && today > source.effectiveUntil) return false;
  return true;
}

/**
 * Whether a collection rule stands on a given day: at least one source behind it is a
 * rule text (not an article) and in force. Articles alone never make a rule.
 */
export function ruleStands(
  citations: readonly { source: string }[],
  sourceById: (id: string) => Pick<Source, "kind" | "effectiveFrom" | "effectiveUntil"> | undefined,
  today: IsoDate,
): boolean {
  return citations.some((c) => {
    const source = sourceById(c.source);
    return source !== undefined && source.kind !== "article" && isInForce(source, today);
  });
}
