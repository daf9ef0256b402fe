/**
 * Every claim in the content that cites a source: timeline events (and the figures they
 * take from it), stages, consequences, advice, collection rules and factors. Each claim
 * links to the place that shows it (see `claimHref`).
 */
import { ruleCitations } from "@/lib/engine/in-force";
import type { Citation, Content } from "@/lib/schema/content";

export type ClaimKind = "event" | "stage" | "consequence" | "advice" | "rule" | "factor";

export type ClaimRef = {
  kind: ClaimKind;
  id: string;
  title: string;
  /** Where in the source, as the citation gives it. */
  where: string | null;
  /** For events: what this source says about the day, in our words. */
  says: string[];
};

export const CLAIM_KIND_LABELS: Record<ClaimKind, string> = {
  event: "时间线上的事件",
  stage: "逾期阶段",
  consequence: "逾期后果",
  advice: "应对建议",
  rule: "催收规则",
  factor: "影响因素",
};

/** Anchors on /sources/claims (events, stages, consequences, factors) and /questions/advice (advice, rules). */
export function claimHref(kind: ClaimKind, id: string): string {
  switch (kind) {
    case "advice":
      return `/questions/advice#advice-${id}`;
    case "rule":
      return `/questions/advice#rule-${id}`;
    default:
      return `/sources/claims#${kind}-${id}`;
  }
}

function whereOf(citations: readonly Citation[], sourceId: string): string | null {
  const wheres = citations.filter((c) => c.source === sourceId).map((c) => c.where).filter((w): w is string => !!w);
  return wheres.length > 0 ? wheres.join("；") : null;
}

const cites = (citations: readonly Citation[], sourceId: string) => citations.some((c) => c.source === sourceId);

export function claimsCiting(content: Content, sourceId: string): ClaimRef[] {
  const out: ClaimRef[] = [];
  for (const e of content.events) {
    const figures = e.figures.filter((f) => f.source === sourceId);
    if (!cites(e.citations, sourceId) && figures.length === 0) continue;
    out.push({
      kind: "event",
      id: e.id,
      title: e.title,
      where: whereOf([...e.citations, ...figures], sourceId),
      says: figures.map((f) => f.says),
    });
  }
  const simple = (kind: ClaimKind, items: readonly { id: string; title?: string; name?: string; label?: string; citations: Citation[] }[]) => {
    for (const item of items) {
      if (!cites(item.citations, sourceId)) continue;
      out.push({ kind, id: item.id, title: item.title ?? item.name ?? item.label ?? item.id, where: whereOf(item.citations, sourceId), says: [] });
    }
  };
  simple("stage", content.stages);
  simple("consequence", content.consequences);
  simple("factor", content.factors);
  simple("advice", content.advice);
  simple("rule", content.collectionRules.map((r) => ({ id: r.id, title: r.title, citations: ruleCitations(r) })));
  return out;
}
