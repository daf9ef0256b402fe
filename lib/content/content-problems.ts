/**
 * What is wrong with the content, checked with zod: shapes, unique ids, and that every
 * citation, factor, rule and stage referred to exists. The loader
 * (content/index.ts) runs it, so `next build` fails on bad content.
 */
import "server-only";
import { isRuleText } from "@/lib/engine/in-force";
import { z } from "zod";
import {
  OWN_CUTOFF_WORDS,
  adviceSchema,
  collectionRuleSchema,
  consequenceSchema,
  eventRuleSchema,
  factorSchema,
  helpLineSchema,
  sourceSchema,
  stageSchema,
  type Citation,
  type Content,
  type EventRule,
  type Factor,
} from "@/lib/schema/content";
import { adjustmentIsSourced } from "@/lib/engine/adjustment-is-sourced";

z.config({ jitless: true });

export type ContentProblem = string;

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

/**
 * A factor is used when an event adjusts by it, or when its answer rules an event out
 * (the event's `onlyIf` on the same question excludes every value the factor names).
 */
function factorIsUsed(factor: Factor, events: readonly EventRule[]): boolean {
  const when = factor.when;
  return events.some(
    (e) =>
      e.adjustments.some((a) => a.factor === factor.id) ||
      (e.onlyIf !== undefined && e.onlyIf.answer === when.answer && "in" in when && "in" in e.onlyIf && (when.in as string[]).every((v) => !(e.onlyIf as { in: string[] }).in.includes(v))),
  );
}

/** Every problem found, as readable lines; empty when the content is sound. */
export function findContentProblems(data: Content): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const check = <T>(what: string, schema: z.ZodType<T>, items: readonly unknown[]) => {
    items.forEach((item, i) => {
      const result = schema.safeParse(item);
      if (!result.success) {
        const id = (item as { id?: string }).id ?? `#${i}`;
        for (const issue of result.error.issues) problems.push(`${what} ${id}: ${issue.path.join(".")} ${issue.message}`);
      }
    });
    for (const id of duplicates(items.map((x) => (x as { id: string }).id))) problems.push(`${what}: duplicate id ${id}`);
  };
  check("source", sourceSchema, data.sources);
  check("stage", stageSchema, data.stages);
  check("help line", helpLineSchema, data.helpLines);
  check("event", eventRuleSchema, data.events);
  check("factor", factorSchema, data.factors);
  check("consequence", consequenceSchema, data.consequences);
  check("advice", adviceSchema, data.advice);
  check("rule", collectionRuleSchema, data.collectionRules);

  const sourceIds = new Set(data.sources.map((s) => s.id));
  const citing = (what: string, id: string, citations: readonly Citation[]) => {
    for (const c of citations) if (!sourceIds.has(c.source)) problems.push(`${what} ${id} cites unknown source ${c.source}`);
  };
  for (const s of data.stages) {
    citing("stage", s.id, s.citations);
    for (const p of s.reassurance?.points ?? []) citing("stage reassurance of", s.id, p.citations);
  }
  for (const f of data.factors) citing("factor", f.id, f.citations);
  for (const q of data.consequences) citing("consequence", q.id, q.citations);
  for (const a of data.advice) citing("advice", a.id, a.citations);
  for (const h of data.helpLines) citing("help line", h.id, h.citations);
  const sourcesById = new Map(data.sources.map((s) => [s.id, s]));
  for (const r of data.collectionRules) {
    citing("rule", r.id, r.statements.map((st) => st.basis));
    // A rule must rest on a rule text somewhere, or it is not a rule (see ruleOnDay).
    if (!r.statements.some((st) => { const src = sourcesById.get(st.basis.source); return src !== undefined && isRuleText(src); }))
      problems.push(`rule ${r.id} has no statement resting on a law, regulation, standard or guideline`);
    // Statements are joined into one paragraph where a rule is shown in a line or two.
    for (const st of r.statements) if (!/[。！？]$/.test(st.text)) problems.push(`rule ${r.id} has a statement that does not end a sentence: ${st.text}`);
    const bases = r.statements.map((st) => `${st.basis.source}|${st.basis.where ?? ""}`);
    if (new Set(bases).size !== bases.length) problems.push(`rule ${r.id} cites the same source and place for two statements: join them`);
  }

  // A threshold of ours is shown as ours.
  for (const f of data.factors) if (f.ownCutoff && !f.label.includes(OWN_CUTOFF_WORDS)) problems.push(`factor ${f.id}: its threshold is this site's own, so its label must say ${OWN_CUTOFF_WORDS}`);
  for (const s of data.stages) if (s.ownCutoff && !s.name.includes(OWN_CUTOFF_WORDS)) problems.push(`stage ${s.id}: its boundary is this site's own, so its name must say ${OWN_CUTOFF_WORDS}`);
  for (const e of data.events) if (e.placement && !e.placement.note.includes(OWN_CUTOFF_WORDS)) problems.push(`event ${e.id}: its placement is this site's own, so its note must say ${OWN_CUTOFF_WORDS}`);

  const factorsById = new Map(data.factors.map((f) => [f.id, f]));
  // One word, one reading: the scale is a reading of words, not of who used them.
  const readings = new Map<string, string>();
  for (const e of data.events)
    for (const f of e.figures) {
      const known = readings.get(f.word);
      if (known && known !== f.reads) problems.push(`event ${e.id}: the word 「${f.word}」 reads ${f.reads} here but ${known} elsewhere`);
      readings.set(f.word, f.reads);
    }
  const ruleIds = new Set(data.collectionRules.map((r) => r.id));
  const stageIds = new Set(data.stages.map((s) => s.id));
  for (const e of data.events) {
    citing("event", e.id, e.citations);
    citing("event figure of", e.id, e.figures);
    for (const a of e.adjustments) {
      const factor = factorsById.get(a.factor);
      if (!factor) problems.push(`event ${e.id} uses unknown factor ${a.factor}`);
      else if (!adjustmentIsSourced(a, factor, e))
        problems.push(`event ${e.id}: factor ${a.factor} may not move it, since ${a.because?.source} is not among both the factor's and the event's sources`);
    }
    for (const d of e.depends ?? []) citing("event depends note of", e.id, d.citations);
    if (e.pinnedRule) {
      citing("event pinned rule of", e.id, e.pinnedRule.citations);
      if (!e.rules.includes(e.pinnedRule.rule)) problems.push(`event ${e.id} pins rule ${e.pinnedRule.rule}, which it does not list`);
    }
    for (const r of e.rules) if (!ruleIds.has(r)) problems.push(`event ${e.id} refers to unknown rule ${r}`);
    if (!e.figures.some((f) => f.fromDay !== null) && !e.placement) problems.push(`event ${e.id} has no dated figure and no placement`);
  }
  for (const a of data.advice) for (const s of a.stages) if (!stageIds.has(s)) problems.push(`advice ${a.id} names unknown stage ${s}`);
  for (const f of data.factors) if (!factorIsUsed(f, data.events)) problems.push(`factor ${f.id} moves no event and rules none out: wire it or remove it`);

  // Stages must cover every day from 0 with no gap or overlap.
  data.stages.forEach((s, i) => {
    const expectedFrom = i === 0 ? 0 : (data.stages[i - 1]?.toDay ?? -1) + 1;
    if (s.fromDay !== expectedFrom) problems.push(`stage ${s.id} starts at ${s.fromDay}, expected ${expectedFrom}`);
    if (s.toDay === null && i !== data.stages.length - 1) problems.push(`stage ${s.id} is open-ended but not last`);
  });
  return problems;
}
