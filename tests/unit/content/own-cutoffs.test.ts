/**
 * Every day or amount the timeline's records show is either a source's figure or marked
 * as this site's own (本站的划分). Sources' figures are the days the event figures record
 * (and the day before one starts, where a stage ends) and the numbers the cited passages
 * carry; a threshold we chose carries `ownCutoff` and says 本站的划分 where it is shown.
 */
import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { OWN_CUTOFF_WORDS, type Citation } from "@/lib/schema/content";
import { passageOf, SHARED_TEXTS } from "@/tests/unit/content/source-passages";

/** Days the sources give: each figure's first and last day, and the day before a figure starts. */
const figureDays = new Set<number>([0]);
for (const e of content.events)
  for (const f of e.figures) {
    if (f.fromDay !== null) figureDays.add(f.fromDay).add(f.fromDay - 1);
    if (f.toDay !== null) figureDays.add(f.toDay);
  }

/** Amounts and days written in a text: "1000元", "1万元", "第31天", "14天". */
function numbersIn(text: string): { n: number; unit: "元" | "天" }[] {
  return [...text.matchAll(/(\d+(?:\.\d+)?)(万)?(元|天)/g)].map((m) => ({ n: Number(m[1]) * (m[2] ? 10000 : 1), unit: m[3] as "元" | "天" }));
}

/** Whether a cited passage carries the number (as written there: "14天", "30天", "几万元" does not count). */
function inPassages(n: number, citations: readonly Citation[]): boolean {
  return citations.some((c) => {
    const passage = passageOf(c.source, c.where);
    return passage !== undefined && new RegExp(`(^|\\D)${n}(\\D|$)`).test(passage);
  });
}

describe("the numbers shown are a source's or marked as ours", () => {
  it.each(content.factors.map((f) => [f.id, f] as const))("factor %s: each amount or day in its label is a source's, or the label says 本站的划分", (_id, f) => {
    for (const { n, unit } of numbersIn(f.label)) {
      const sourced = (unit === "天" && figureDays.has(n)) || (SHARED_TEXTS && inPassages(n, f.citations));
      if (!sourced) {
        expect(f.ownCutoff, `${f.id}: ${n}${unit} is in no cited passage; mark the threshold as ours`).toBeDefined();
        expect(f.label).toContain(OWN_CUTOFF_WORDS);
      }
    }
  });

  it("an amount threshold's label states the very number the engine uses", () => {
    for (const f of content.factors) {
      if (f.when.answer !== "amount") continue;
      const line = f.when.atLeast ?? f.when.below;
      expect(numbersIn(f.label).map((x) => x.n), f.id).toContain(line);
    }
  });

  it.each(content.stages.map((s) => [s.id, s] as const))("stage %s: both boundaries are days the sources give, or the stage is marked as ours", (_id, s) => {
    for (const day of [s.fromDay, s.toDay]) {
      if (day === null || figureDays.has(day)) continue;
      expect(s.ownCutoff, `${s.id}: day ${day} is no source's day; mark it as ours`).toBeDefined();
      expect(s.name).toContain(OWN_CUTOFF_WORDS);
    }
  });

  it("every placement (a day no source gives) names its first day and says 本站的划分", () => {
    const placed = content.events.filter((e) => e.placement);
    expect(placed.length).toBeGreaterThan(0);
    for (const e of placed) {
      const p = e.placement as { fromDay: number; note: string };
      expect(p.note, e.id).toContain(OWN_CUTOFF_WORDS);
      expect(p.note, e.id).toContain(`第${p.fromDay}天`);
    }
  });

  it.skipIf(!SHARED_TEXTS)("every day or amount in a stage, event or consequence text is a source's figure or in a cited passage", () => {
    const records = [
      ...content.stages.map((s) => ({ what: `stage ${s.id}`, text: `${s.name} ${s.summary}`, citations: s.citations })),
      ...content.events.map((e) => ({ what: `event ${e.id}`, text: `${e.title} ${e.description} ${e.pinnedRule?.articlesSay ?? ""}`, citations: [...e.citations, ...e.figures, ...(e.pinnedRule?.citations ?? [])] })),
      ...content.consequences.map((c) => ({ what: `consequence ${c.id}`, text: `${c.title} ${c.body}`, citations: c.citations })),
      ...content.factors.map((f) => ({ what: `factor ${f.id}`, text: f.explanation, citations: f.citations })),
    ];
    const unsourced = records.flatMap((r) =>
      numbersIn(r.text)
        .filter(({ n, unit }) => !(unit === "天" && figureDays.has(n)) && !inPassages(n, r.citations))
        .map(({ n, unit }) => `${r.what}: ${n}${unit}`),
    );
    expect(unsourced).toEqual([]);
  });
});
