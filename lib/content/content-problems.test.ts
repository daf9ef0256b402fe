import { ruleCitations } from "@/lib/engine/in-force";
import { describe, expect, it } from "vitest";
import { content } from "@/content";
import type { Content } from "@/lib/schema/content";
import { findContentProblems } from "@/lib/content/content-problems";
import { loadContent, loadSeveralDebtsContent } from "@/content";
import type { Citation } from "@/lib/schema/content";

const sourceIds = new Set(content.sources.map((s) => s.id));

/** Every claim in the content with the citations behind it. */
const claims: { what: string; citations: readonly Citation[] }[] = [
  ...content.stages.map((x) => ({ what: `stage ${x.id}`, citations: x.citations })),
  ...content.stages.flatMap((x) => (x.reassurance?.points ?? []).map((p, i) => ({ what: `reassurance ${i} of stage ${x.id}`, citations: p.citations }))),
  ...content.helpLines.map((x) => ({ what: `help line ${x.id}`, citations: x.citations })),
  ...content.events.map((x) => ({ what: `event ${x.id}`, citations: x.citations })),
  ...content.events.map((x) => ({ what: `figures of event ${x.id}`, citations: x.figures })),
  ...content.factors.map((x) => ({ what: `factor ${x.id}`, citations: x.citations })),
  ...content.consequences.map((x) => ({ what: `consequence ${x.id}`, citations: x.citations })),
  ...content.advice.map((x) => ({ what: `advice ${x.id}`, citations: x.citations })),
  ...content.collectionRules.map((x) => ({ what: `rule ${x.id}`, citations: ruleCitations(x) })),
  ...Object.entries(loadSeveralDebtsContent()).flatMap(([key, x]) =>
    (Array.isArray(x) ? x : "text" in x ? [x] : Object.values(x)).map((t, i) => ({ what: `several-debts ${key} ${i}`, citations: t.citations })),
  ),
];

/** Answers that calm collection down, and answers that speed it up. */
const CALMING = new Set(["history-ontime", "contact-negotiating", "amount-small", "partial-repayment", "no-emergency-contact"]);
const WORSENING = new Set(["history-repeated", "contact-silent", "contact-unreachable", "amount-large"]);
/** Answers that only explain: they may never move anything. */
const NEUTRAL = new Set<string>([]);

describe("the content, swept", () => {
  it("has no problems: shapes, unique ids, known references, stages without gaps", () => {
    expect(findContentProblems(content)).toEqual([]);
    expect(() => loadContent()).not.toThrow();
  });

  it.each(Object.entries(content).map(([name, items]) => [name, items as { id: string }[]] as const))(
    "%s have unique ids",
    (_name, items) => {
      const ids = items.map((x) => x.id);
      expect(new Set(ids).size).toBe(ids.length);
    },
  );

  it.each(claims.map((c) => [c.what, c] as const))("%s cites at least one registered source", (_what, claim) => {
    expect(claim.citations.length).toBeGreaterThan(0);
    for (const c of claim.citations) expect(sourceIds, c.source).toContain(c.source);
  });

  it("every registered source backs at least one claim, so none is listed only for show", () => {
    const cited = new Set(claims.flatMap((c) => c.citations.map((x) => x.source)));
    expect(content.sources.map((x) => x.id).filter((id) => !cited.has(id))).toEqual([]);
  });

  it("every adjustment pushes the way its factor says: calming answers never bring an event earlier or make it likelier", () => {
    for (const e of content.events) {
      for (const a of e.adjustments) {
        expect(CALMING.has(a.factor) || WORSENING.has(a.factor) || NEUTRAL.has(a.factor), `${e.id}: factor ${a.factor} has no direction here`).toBe(true);
        if (NEUTRAL.has(a.factor)) {
          expect([a.shiftDays, a.likelihoodStep], `${e.id}/${a.factor}`).toEqual([0, 0]);
        } else if (CALMING.has(a.factor)) {
          expect(a.shiftDays, `${e.id}/${a.factor}`).toBeGreaterThanOrEqual(0);
          expect(a.likelihoodStep, `${e.id}/${a.factor}`).toBeLessThanOrEqual(0);
        } else {
          expect(a.shiftDays, `${e.id}/${a.factor}`).toBeLessThanOrEqual(0);
          expect(a.likelihoodStep, `${e.id}/${a.factor}`).toBeGreaterThanOrEqual(0);
        }
      }
    }
  });

  it("no event names a factor twice, so no answer counts double", () => {
    for (const e of content.events) {
      const factors = e.adjustments.map((a) => a.factor);
      expect(new Set(factors).size, e.id).toBe(factors.length);
    }
  });

  it("every rule text with an end date is followed the next day by a text of the same kind, so no rule goes uncovered", () => {
    for (const s of content.sources.filter((x) => x.effectiveUntil)) {
      const next = new Date(`${s.effectiveUntil}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      const nextDay = next.toISOString().slice(0, 10);
      expect(content.sources.some((x) => x.kind === s.kind && x.effectiveFrom === nextDay), `${s.id} ends with no successor`).toBe(true);
    }
  });
});

describe("findContentProblems catches broken content", () => {
  const broken = (change: (c: Content) => void): string[] => {
    const c = structuredClone(content);
    change(c);
    return findContentProblems(c);
  };

  const breaks: [string, (c: Content) => void, RegExp][] = [
    ["A factor no event adjusts by or rules out.", (c) => {
        c.factors.push({ id: "unused-factor", when: { answer: "guarantor", in: ["yes"] }, label: "未使用", explanation: "未使用的因素。", citations: [{ source: "article-seven-days" }] });
      }, /factor unused-factor moves no event and rules none out/],
    ["The answer that rules an event out, once the event no longer depends on it.", (c) => {
        for (const e of c.events) if (e.onlyIf?.answer === "emergencyContact") delete e.onlyIf;
      }, /factor no-emergency-contact moves no event/],
    ["A citation of a source that does not exist.", (c) => {
        c.events[0]!.citations = [{ source: "no-such-source" }];
      }, /unknown source no-such-source/],
    ["A claim with no citation at all.", (c) => {
        c.advice[0]!.citations = [];
      }, /at least one source/],
    ["Two sources with one id.", (c) => {
        c.sources.push({ ...c.sources[0]! });
      }, /duplicate id/],
    ["An event that uses an unknown factor.", (c) => {
        c.events[3]!.adjustments.push({ factor: "made-up", shiftDays: 0, likelihoodStep: 0, because: { source: "article-seven-days" } });
      }, /unknown factor made-up/],
    ["An answer that moves an event on a source that does not speak about it.", (c) => {
        c.events.find((e) => e.id === "lawsuit")!.adjustments.push({ factor: "contact-negotiating", shiftDays: 0, likelihoodStep: -1, because: { source: "article-overdue-process-2025" } });
      }, /factor contact-negotiating may not move it/],
    ["One source word read two ways.", (c) => {
        c.events[0]!.figures[0]!.reads = "rare";
        c.events[1]!.figures.push({ ...c.events[0]!.figures[0]!, reads: "usual" });
      }, /reads usual here but rare elsewhere/],
    ["A pinned rule the event does not list.", (c) => {
        c.events.find((e) => e.pinnedRule)!.pinnedRule!.rule = "home-visit-rules";
      }, /pins rule home-visit-rules/],
    ["An event that refers to an unknown rule.", (c) => {
        c.events[0]!.rules.push("made-up-rule");
      }, /unknown rule made-up-rule/],
    ["A gap between two stages.", (c) => {
        c.stages[2]!.fromDay = 5;
      }, /starts at 5, expected 4/],
    ["An open-ended stage that is not the last.", (c) => {
        c.stages[1]!.toDay = null;
      }, /open-ended but not last/],
    ["Advice for a stage that does not exist.", (c) => {
        c.advice[0]!.stages.push("nowhere");
      }, /unknown stage nowhere/],
    ["A figure that ends before it starts.", (c) => {
        c.events[0]!.figures[0] = { ...c.events[0]!.figures[0]!, fromDay: 9, toDay: 2 };
      }, /fromDay must not be after toDay/],
    ["A rule text that ends before it starts.", (c) => {
        Object.assign(c.sources[0]!, { effectiveFrom: "2026-01-01", effectiveUntil: "2025-01-01" });
      }, /effectiveFrom must not be after/],
    ["An event with no dated figure and no placement.", (c) => {
        c.events[2]!.placement = undefined;
      }, /no dated figure and no placement/],
  ];

  it.each(breaks)("%s", (_name, change, problem) => {
    expect(broken(change).join("\n")).toMatch(problem);
  });
});
