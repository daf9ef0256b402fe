/**
 * What the 来电记录 page needs of the content: the checkable rules, the complaint letters
 * and, for each source the rules cite, its title, kind and dates. The server page builds it from the validated
 * content and hands it to the client as props, so the registry is never bundled.
 */
import type { CallLogRule, Source } from "@/lib/schema/content";
import type { Role } from "@/lib/call-log/log-format";
import type { LadderContent } from "@/lib/schema/call-log";
import type { LetterTemplate } from "@/lib/schema/templates";

export type RuleSource = Pick<Source, "id" | "title" | "kind" | "effectiveFrom" | "effectiveUntil">;
/** `complaints`: the letters built from a log (content/templates/call-log-complaints.ts), for each role, in the order to use them. */
/** `ladder`: answer periods and texts of the complaint ladder (content/complaint-ladder.ts). */
export type RuleBook = { rules: CallLogRule[]; sources: RuleSource[]; complaints: Record<Role, LetterTemplate[]>; ladder: LadderContent };

export function ruleBookOf(rules: readonly CallLogRule[], sources: readonly Source[], complaints: Record<Role, readonly LetterTemplate[]>, ladder: LadderContent): RuleBook {
  const cited = new Set([...rules.flatMap((r) => r.citations.map((c) => c.source)), ...Object.values(ladder.periods).flatMap((p) => (p ? [p.citation.source] : []))]);
  return {
    rules: [...rules],
    ladder,
    complaints: { borrower: [...complaints.borrower], contact: [...complaints.contact] },
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
