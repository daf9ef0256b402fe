/**
 * Issue 16: no likelihood word says more than its sources, and no answer moves an event
 * on a source that does not speak about it. Checked over every combination of answers
 * and every day from the due date to day 130 (past the last stage boundary), and with
 * fast-check over random situations for the answer-by-answer comparison.
 */
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { content } from "@/content";
import type { EventRule } from "@/lib/schema/content";
import { addDaysToIsoDate, type IsoDate } from "@/lib/dates/iso-date";
import { assess } from "@/lib/engine/assess";
import { likelihoodRank } from "@/lib/engine/likelihood";
import { ANSWER_VALUES } from "@/lib/schema/situation-answers";
import { parseSituation, type Situation } from "@/lib/situation/parse-situation";
import type { RawAnswers } from "@/lib/situation/situation-schema";

// The exhaustive run is ~85,000 assessments; on two shared cores under a full build it needs room.
vi.setConfig({ testTimeout: 400_000 });

const TODAY: IsoDate = "2026-12-02";
const LAST_DAY = 130;
/** One amount under each factor's threshold, between them and over them. */
const AMOUNTS = ["500", "5000", "20000"];

type Answers = Omit<RawAnswers, "days">;

/**
 * Every combination of the answers the form offers. The product is left at 借呗: no factor,
 * condition or note reads it (the first test below checks that), so 花呗 would only repeat the run.
 */
function allAnswers(): Answers[] {
  const out: Answers[] = [];
  for (const product of ["jiebei"] as const)
    for (const history of ANSWER_VALUES.history)
      for (const contact of ANSWER_VALUES.contact)
        for (const ec of ANSWER_VALUES.emergencyContact)
          for (const partial of ANSWER_VALUES.partialRepayment)
            for (const guarantor of ANSWER_VALUES.guarantor)
              for (const amount of AMOUNTS) out.push({ product, history, contact, ec, partial, guarantor, amount });
  return out;
}

function situation(answers: Answers, days: number): Situation {
  const parsed = parseSituation({ ...answers, days: String(days) }, TODAY);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.situation;
}

const rulesById = new Map(content.events.map((e) => [e.id, e]));
const factorsById = new Map(content.factors.map((f) => [f.id, f]));

/** The strongest and weakest reading of the sources that speak about `day`, worked out here from the content alone. */
function wordsAbout(rule: EventRule, day: number): { strongest: number; weakest: number } {
  const ranks = rule.figures.filter((f) => f.fromDay === null || f.fromDay <= day).map((f) => likelihoodRank(f.reads));
  return { strongest: Math.max(...ranks), weakest: Math.min(...ranks) };
}

/**
 * The answers (form fields) whose factors' own sources speak about the event: the factor
 * cites the adjustment's passage, and that passage's source also speaks about the event.
 */
function fieldsThatMayMove(rule: EventRule): Set<string> {
  const fields = new Set<string>();
  for (const a of rule.adjustments) {
    const factor = factorsById.get(a.factor);
    const source = a.because?.source;
    if (factor && factor.citations.some((c) => c.source === source) && rule.figures.some((f) => f.source === source)) fields.add(factor.when.answer);
  }
  return fields;
}

/** Situation fields by the answer name factors use. */
const FIELD_OF = { amount: "amount", history: "history", contact: "contact", emergencyContact: "ec", partialRepayment: "partial", guarantor: "guarantor", product: "product" } as const;
const CHOICES: Record<keyof typeof FIELD_OF, readonly string[]> = {
  amount: AMOUNTS,
  history: ANSWER_VALUES.history,
  contact: ANSWER_VALUES.contact,
  emergencyContact: ANSWER_VALUES.emergencyContact,
  partialRepayment: ANSWER_VALUES.partialRepayment,
  guarantor: ANSWER_VALUES.guarantor,
  product: ANSWER_VALUES.product,
};

describe("likelihood words never say more than the sources", () => {
  it("no factor, event condition or note depends on the product, so one product stands for both", () => {
    const conditions = [
      ...content.factors.map((f) => f.when),
      ...content.events.flatMap((e) => [e.onlyIf, ...(e.depends ?? []).map((d) => d.when), e.pinnedRule?.inSummaryWhen]),
    ];
    expect(conditions.filter((c) => c?.answer === "product")).toEqual([]);
  });

  it("over every combination of answers and every day, each label lies between the weakest and the strongest word of the sources that speak about its day", () => {
    let checked = 0;
    for (const answers of allAnswers()) {
      const base = situation(answers, 0);
      for (let days = 0; days <= LAST_DAY; days++) {
        // Parsing once per answer set and moving the due date keeps 170,000 assessments fast.
        const s: Situation = { ...base, daysOverdue: days, dueDate: addDaysToIsoDate(TODAY, -days) };
        for (const e of assess(s, TODAY, content).events) {
          const rule = rulesById.get(e.id) as EventRule;
          // The label speaks about today, or about the window's start if that is still ahead.
          const { strongest, weakest } = wordsAbout(rule, Math.max(days, e.window.fromDay));
          const rank = likelihoodRank(e.likelihood);
          if (rank > strongest || rank < weakest) {
            throw new Error(`${e.id} on day ${days} with ${JSON.stringify(answers)}: ${e.likelihood} is outside the sources' words`);
          }
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(50_000);
  });

  it("an answer lifts a label no higher, and lowers it no lower, than the words of the sources it rests on (issue 27)", () => {
    for (const answers of allAnswers()) {
      for (const days of [0, 9, 20, 45, 90, 120]) {
        for (const e of assess(situation(answers, days), TODAY, content).events) {
          const rule = rulesById.get(e.id) as EventRule;
          const rank = likelihoodRank(e.likelihood);
          const base = likelihoodRank(rule.baseLikelihood);
          if (rank === base) continue;
          const lifted = rank > base;
          const restsOn = new Set(e.reasons.filter((r) => (lifted ? r.likelihoodStep > 0 : r.likelihoodStep < 0)).flatMap((r) => r.citations.map((c) => c.source)));
          const day = Math.max(days, e.window.fromDay);
          const words = rule.figures.filter((f) => restsOn.has(f.source) && (f.fromDay === null || f.fromDay <= day)).map((f) => likelihoodRank(f.reads));
          const what = `${e.id} on day ${days} with ${JSON.stringify(answers)}: ${e.likelihood}`;
          if (lifted) expect(Math.max(...words), what).toBeGreaterThanOrEqual(rank);
          else expect(Math.min(...words), what).toBeLessThanOrEqual(rank);
        }
      }
    }
  });

  it("an answer whose sources say nothing about an event never moves it: not its label, not its window", () => {
    const answersArb = fc.constantFrom(...allAnswers());
    const fieldArb = fc.constantFrom(...(Object.keys(FIELD_OF) as (keyof typeof FIELD_OF)[]));
    fc.assert(
      fc.property(answersArb, fc.integer({ min: 0, max: LAST_DAY }), fieldArb, fc.nat(2), (answers, days, field, pick) => {
        const choices = CHOICES[field];
        const other = { ...answers, [FIELD_OF[field]]: choices[pick % choices.length] };
        const before = new Map(assess(situation(answers, days), TODAY, content).events.map((e) => [e.id, e]));
        for (const e of assess(situation(other, days), TODAY, content).events) {
          const was = before.get(e.id);
          if (!was || fieldsThatMayMove(rulesById.get(e.id) as EventRule).has(field)) continue;
          expect(e.likelihood, `${field} moved ${e.id}`).toBe(was.likelihood);
          expect(e.window.fromDay, `${field} moved ${e.id}`).toBe(was.window.fromDay);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("each reason shown cites a passage of its factor's own sources, from a source that speaks about the event", () => {
    for (const answers of allAnswers()) {
      for (const e of assess(situation(answers, 40), TODAY, content).events) {
        const speaking = new Set((rulesById.get(e.id) as EventRule).figures.map((f) => f.source));
        for (const r of e.reasons) {
          const own = new Set(factorsById.get(r.factorId)?.citations.map((c) => c.source));
          expect(r.citations.length, `${r.factorId} on ${e.id}`).toBeGreaterThan(0);
          for (const c of r.citations) expect(own.has(c.source) && speaking.has(c.source), `${r.factorId} on ${e.id} cites ${c.source}`).toBe(true);
        }
      }
    }
  });
});

describe("the situations issue 16 found overstated (today 2026-12-02)", () => {
  const at = (answers: Answers, days: number) => new Map(assess(situation(answers, days), TODAY, content).events.map((e) => [e.id, e.likelihood]));
  const heavy = { product: "jiebei", history: "repeated", amount: "20000", ec: "yes", partial: "no", guarantor: "no" };

  it.each([20, 45, 75])("silent or unreachable on day %i: lawyer letter and agency read 有可能, as their sources say 可能", (days) => {
    for (const contact of ["silent", "unreachable"]) {
      const got = at({ ...heavy, contact }, days);
      expect(got.get("lawyer-letter")).toBe("possible");
      expect(got.get("agency-takes-over")).toBe("possible");
      expect(got.get("home-visit")).not.toBe("possible");
    }
  });

  it("silent, large and repeated on day 8: the emergency contact reads 有可能, the word of the one source for day 7", () => {
    expect(at({ ...heavy, contact: "silent" }, 8).get("emergency-contact-called")).toBe("possible");
  });

  it("issue 27: a large amount does not make 「联系您的家人」 有可能, since the article it rests on says 不常见", () => {
    for (const days of [9, 20, 75, 100]) {
      expect(at({ ...heavy, history: "occasional", contact: "answering" }, days).get("family-contacted"), `day ${days}`).toBe("uncommon");
    }
  });

  it("the reminders read as the rule every source states", () => {
    expect(at({ ...heavy, contact: "answering" }, 2).get("app-sms-reminders")).toBe("usual");
  });
});
