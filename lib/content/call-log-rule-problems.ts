/**
 * What is wrong with the 来电记录's checkable rules (content/call-log-rules.ts), checked
 * with zod: shapes, unique ids, and that each names a collection rule and cites sources
 * that exist. The loader runs it, so `next build` fails on bad data.
 */
import "server-only";
import { z } from "zod";
import { callLogRuleSchema, type Content } from "@/lib/schema/content";

z.config({ jitless: true });

export function findCallLogRuleProblems(rules: readonly unknown[], data: Pick<Content, "sources" | "collectionRules">): string[] {
  const problems: string[] = [];
  const sourceIds = new Set(data.sources.map((s) => s.id));
  const ruleIds = new Set(data.collectionRules.map((r) => r.id));
  const seen = new Set<string>();
  rules.forEach((raw, i) => {
    const parsed = callLogRuleSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`call-log rule #${i}: ${issue.path.join(".")} ${issue.message}`);
      return;
    }
    const r = parsed.data;
    if (seen.has(r.id)) problems.push(`call-log rule: duplicate id ${r.id}`);
    seen.add(r.id);
    if (!ruleIds.has(r.collectionRule)) problems.push(`call-log rule ${r.id} names unknown collection rule ${r.collectionRule}`);
    for (const c of r.citations) if (!sourceIds.has(c.source)) problems.push(`call-log rule ${r.id} cites unknown source ${c.source}`);
  });
  return problems;
}
