/**
 * What the 来电记录 page needs of the content: the checkable rules and, for each source
 * they cite, its title, kind and dates. The server page builds it from the validated
 * content and hands it to the client as props, so the registry is never bundled.
 */
import type { CallLogRule, Source } from "@/lib/content/schema";

export type RuleSource = Pick<Source, "id" | "title" | "kind" | "effectiveFrom" | "effectiveUntil">;
export type RuleBook = { rules: CallLogRule[]; sources: RuleSource[] };

export function ruleBookOf(rules: readonly CallLogRule[], sources: readonly Source[]): RuleBook {
  const cited = new Set(rules.flatMap((r) => r.citations.map((c) => c.source)));
  return {
    rules: [...rules],
    sources: sources
      .filter((s) => cited.has(s.id))
      .map(({ id, title, kind, effectiveFrom, effectiveUntil }) => ({
        id,
        title,
        kind,
        ...(effectiveFrom ? { effectiveFrom } : {}),
        ...(effectiveUntil ? { effectiveUntil } : {}),
      })),
  };
}
