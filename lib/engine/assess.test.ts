import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { content } from "@/content";
import type { Citation } from "@/lib/schema/content";
import { addDaysToIsoDate, daysBetween, type IsoDate } from "@/lib/dates/iso-date";
import { assess } from "@/lib/engine/assess";
import { isInForce } from "@/lib/engine/in-force";
import { likelihoodRank } from "@/lib/engine/likelihood";
import type { Assessment, TimelineEvent } from "@/lib/engine/types";
import { CONTACT_ORDER, HISTORY_ORDER } from "@/lib/schema/situation-answers";
import { parseSituation, type Situation } from "@/lib/situation/parse-situation";
import type { RawAnswers } from "@/lib/situation/situation-schema";
import { assessedArb, isoDateArb, situationOn } from "@/tests/unit/fixtures/arbitraries";
import { NAMED_SITUATIONS, STAGE_SCENARIOS, TODAY, type NamedSituation } from "@/tests/unit/fixtures/situations";
import { must } from "@/tests/unit/fixtures/must";

const RUNS = { numRuns: 300 };
// Property tests share two cores with builds and browsers; give them room rather than flake.
vi.setConfig({ testTimeout: 60_000 });

const sourcesById = new Map(content.sources.map((s) => [s.id, s]));
const rulesById = new Map(content.events.map((e) => [e.id, e]));
const stageIds = content.stages.map((s) => s.id);

/** Who is not the borrower and did not sign anything: the people negotiating should protect. */
const THIRD_PARTIES = new Set(["emergency-contact", "family", "friends-colleagues", "co-borrower"]);

const TIMING_RANK = { upcoming: 0, "window-open": 1, begun: 2 } as const;

function assessRaw(raw: RawAnswers, today: IsoDate): Assessment {
  const parsed = parseSituation(raw, today);
  if (!parsed.ok) throw new Error(`fixture does not parse: ${JSON.stringify(parsed.errors)}`);
  return assess(parsed.situation, today, content);
}

function eventsById(a: Assessment): Map<string, TimelineEvent> {
  return new Map(a.events.map((e) => [e.id, e]));
}

/** Every citation the assessment shows, wherever it appears. */
function allCitations(a: Assessment): Citation[] {
  return [
    ...a.stages.flatMap((s) => s.citations),
    ...a.consequences.flatMap((q) => q.citations),
    ...a.advice.now.flatMap((x) => x.citations),
    ...a.advice.next.flatMap((x) => x.citations),
    ...a.events.flatMap((e) => [
      ...e.citations,
      ...e.rules.flatMap((r) => r.citations),
      ...e.reasons.flatMap((r) => r.citations),
    ]),
  ];
}

function citedSourceIds(a: Assessment): Set<string> {
  return new Set(allCitations(a).map((c) => c.source));
}

/** For each event in both timelines, the worse answer's window starts no later and has got no less far. */
function expectNoEarlierNoLikelier(calmer: Assessment, worse: Assessment, only?: (e: TimelineEvent) => boolean): void {
  const w = eventsById(worse);
  for (const e of calmer.events) {
    const other = w.get(e.id);
    if (!other || (only && !only(e))) continue;
    expect(other.window.fromDay, `${e.id} starts earlier for the worse answer`).toBeLessThanOrEqual(e.window.fromDay);
    if (e.window.toDay !== null && other.window.toDay !== null) expect(other.window.toDay).toBeLessThanOrEqual(e.window.toDay);
    expect(TIMING_RANK[other.timing]).toBeGreaterThanOrEqual(TIMING_RANK[e.timing]);
  }
}

/**
 * Compared on the same day only: a label speaks about today, or about its window's start
 * when that is ahead, and a worse answer brings the start earlier, where fewer sources
 * speak (day 7 has one source saying 有可能; day 15 has two saying 会).
 */
function expectNoLessLikely(calmer: Assessment, worse: Assessment, only: (e: TimelineEvent) => boolean): void {
  const w = eventsById(worse);
  for (const e of calmer.events) {
    const other = w.get(e.id);
    if (!other || !only(e) || other.band.day !== e.band.day) continue;
    expect(likelihoodRank(other.likelihood), `${e.id} is less likely for the worse answer`).toBeGreaterThanOrEqual(
      likelihoodRank(e.likelihood),
    );
  }
}

function expectScenario(s: NamedSituation): void {
  const a = assessRaw(s.raw, s.today);
  expect(a.stage.id).toBe(s.expected.stageId);
  expect(a.situation.daysOverdue).toBe(s.expected.daysOverdue);
  if (s.expected.dueDate) expect(a.situation.dueDate).toBe(s.expected.dueDate);
  const byId = eventsById(a);
  for (const [id, want] of Object.entries(s.expected.events ?? {})) {
    const got = byId.get(id);
    expect(got, `event ${id} is missing`).toBeDefined();
    if (want.timing) expect(got?.timing, `timing of ${id}`).toBe(want.timing);
    if (want.likelihood) expect(got?.likelihood, `likelihood of ${id}`).toBe(want.likelihood);
    if (want.fromDay !== undefined) expect(got?.window.fromDay, `first day of ${id}`).toBe(want.fromDay);
  }
  for (const id of s.expected.absentEvents ?? []) expect(byId.has(id), `event ${id} should be absent`).toBe(false);
  if (s.expected.nextEventId !== undefined) expect(a.nextEvent?.id ?? null).toBe(s.expected.nextEventId);
}

describe("assess: every stage of each product", () => {
  it("covers every stage of both products", () => {
    for (const product of ["jiebei", "huabei"]) {
      const covered = new Set(STAGE_SCENARIOS.filter((s) => s.raw.product === product).map((s) => s.expected.stageId));
      expect([...covered].sort()).toEqual([...stageIds].sort());
    }
  });
  it.each(STAGE_SCENARIOS.map((s) => [s.name, s] as const))("%s", (_name, s) => expectScenario(s));
});

describe("assess: named situations", () => {
  it.each(NAMED_SITUATIONS.map((s) => [s.name, s] as const))("%s", (_name, s) => expectScenario(s));
});

describe("assess: invariants over random situations", () => {
  it("More days overdue never makes the stage, an event's progress, its likelihood or the money owed go backwards.", () => {
    fc.assert(
      fc.property(assessedArb, fc.integer({ min: 1, max: 400 }), ({ today, situation }, extra) => {
        const later: Situation = { ...situation, daysOverdue: situation.daysOverdue + extra, dueDate: addDaysToIsoDate(today, -(situation.daysOverdue + extra)) };
        const a = assess(situation, today, content);
        const b = assess(later, today, content);
        expect(stageIds.indexOf(b.stage.id)).toBeGreaterThanOrEqual(stageIds.indexOf(a.stage.id));
        expect(b.events.map((e) => e.id).sort()).toEqual(a.events.map((e) => e.id).sort());
        const bById = eventsById(b);
        for (const e of a.events) {
          const f = bById.get(e.id) as TimelineEvent;
          expect(f.window.fromDay).toBe(e.window.fromDay);
          expect(f.window.toDay).toBe(e.window.toDay);
          expect(TIMING_RANK[f.timing]).toBeGreaterThanOrEqual(TIMING_RANK[e.timing]);
          // Later days can bring firmer sources in (会 from day 15), never take a word away.
          expect(likelihoodRank(f.likelihood)).toBeGreaterThanOrEqual(likelihoodRank(e.likelihood));
        }
        a.consequences.forEach((q, i) => {
          if (q.active) expect(b.consequences[i]?.active).toBe(true);
        });
        expect(b.penalty.penaltyFen).toBeGreaterThanOrEqual(a.penalty.penaltyFen);
      }),
      RUNS,
    );
  });

  it("A worse repayment history never brings any event later or makes it less likely.", () => {
    fc.assert(
      fc.property(assessedArb, ({ today, situation }) => {
        const byHistory = HISTORY_ORDER.map((history) => assess({ ...situation, history }, today, content));
        for (let i = 1; i < byHistory.length; i++) {
          const [calmer, worse] = [byHistory[i - 1] as Assessment, byHistory[i] as Assessment];
          expectNoEarlierNoLikelier(calmer, worse);
          expectNoLessLikely(calmer, worse, () => true);
        }
      }),
      RUNS,
    );
  });

  it("Silence, or being unreachable, never brings any event later, nor makes a third party less likely to be contacted.", () => {
    fc.assert(
      fc.property(assessedArb, ({ today, situation }) => {
        const byContact = CONTACT_ORDER.map((contact) => assess({ ...situation, contact }, today, content));
        for (let i = 1; i < byContact.length; i++) {
          const [calmer, worse] = [byContact[i - 1] as Assessment, byContact[i] as Assessment];
          expectNoEarlierNoLikelier(calmer, worse);
          expectNoLessLikely(calmer, worse, (e) => THIRD_PARTIES.has(e.who));
        }
      }),
      RUNS,
    );
  });

  it("Negotiating never makes any event, least of all contact with third parties, earlier or more likely.", () => {
    fc.assert(
      fc.property(assessedArb, ({ today, situation }) => {
        const negotiating = assess({ ...situation, contact: "negotiating" }, today, content);
        const as = assess(situation, today, content);
        expectNoEarlierNoLikelier(negotiating, as);
        expectNoLessLikely(negotiating, as, () => true);
      }),
      RUNS,
    );
  });

  it("A larger amount owed never brings an event later or makes it less likely; repaying part never the reverse.", () => {
    fc.assert(
      fc.property(assessedArb, fc.integer({ min: 1, max: 5_000_000 }), ({ today, situation }, more) => {
        const larger = assess({ ...situation, amountFen: situation.amountFen + more }, today, content);
        const as = assess(situation, today, content);
        expectNoEarlierNoLikelier(as, larger);
        expectNoLessLikely(as, larger, () => true);
        const repaid = assess({ ...situation, partialRepayment: "yes" }, today, content);
        const unpaid = assess({ ...situation, partialRepayment: "no" }, today, content);
        expectNoEarlierNoLikelier(repaid, unpaid);
        expectNoLessLikely(repaid, unpaid, () => true);
      }),
      RUNS,
    );
  });

  it("Having given no emergency contact never makes a call to one more likely than having given one.", () => {
    fc.assert(
      fc.property(assessedArb, ({ today, situation }) => {
        const none = assess({ ...situation, emergencyContact: "no" }, today, content);
        const given = assess({ ...situation, emergencyContact: "yes" }, today, content);
        expectNoLessLikely(none, given, (e) => e.who === "emergency-contact");
      }),
      RUNS,
    );
  });

  it("Every event, rule, reason, stage, consequence and advice item cites a registered source in force that day.", () => {
    fc.assert(
      fc.property(assessedArb, ({ today, situation }) => {
        const a = assess(situation, today, content);
        const items = [
          ...a.events,
          ...a.events.flatMap((e) => [...e.rules, ...e.reasons]),
          ...a.stages,
          ...a.consequences,
          ...a.advice.now,
          ...a.advice.next,
        ];
        expect(items.filter((item) => item.citations.length === 0).map((item) => JSON.stringify(item).slice(0, 80))).toEqual([]);
        const wrong = [...allCitations(a), ...a.events.flatMap((e) => e.sources.figures)].filter((c) => {
          const source = sourcesById.get(c.source);
          return source === undefined || !isInForce(source, today);
        });
        expect(wrong.map((c) => `${c.source} is unknown or not in force on ${today}`)).toEqual([]);
        // A rule is shown on the strength of a rule text, not of an article alone.
        const onArticlesAlone = a.events
          .flatMap((e) => e.rules)
          .filter((rule) => !rule.citations.some((c) => sourcesById.get(c.source)?.kind !== "article"));
        expect(onArticlesAlone.map((r) => r.id)).toEqual([]);
      }),
      RUNS,
    );
  });

  it("Every date shown is the due date plus the day it stands for, and the current stage contains today.", () => {
    fc.assert(
      fc.property(assessedArb, ({ today, situation }) => {
        const a = assess(situation, today, content);
        const due = situation.dueDate;
        expect(daysBetween(due, today)).toBe(situation.daysOverdue);
        for (const s of a.stages) {
          expect(daysBetween(due, s.fromDate)).toBe(s.fromDay);
          if (s.toDay === null) expect(s.toDate).toBeNull();
          else expect(daysBetween(due, s.toDate as string)).toBe(s.toDay);
        }
        for (const e of a.events) {
          expect(daysBetween(due, e.window.fromDate)).toBe(e.window.fromDay);
          if (e.window.toDay === null) expect(e.window.toDate).toBeNull();
          else expect(daysBetween(due, e.window.toDate as string)).toBe(e.window.toDay);
        }
        for (const q of a.consequences) {
          expect(daysBetween(due, q.fromDate)).toBe(q.fromDay);
          expect(q.active).toBe(situation.daysOverdue >= q.fromDay);
        }
        expect(a.stage.fromDate <= today).toBe(true);
        if (a.stage.toDate !== null) expect(today <= a.stage.toDate).toBe(true);
      }),
      RUNS,
    );
  });

  it("Answers move an event's window only inside the spread of days the sources give, and timing follows the window.", () => {
    fc.assert(
      fc.property(assessedArb, ({ today, situation }) => {
        for (const e of assess(situation, today, content).events) {
          const { minDay, maxDay } = e.sources.spread;
          const { fromDay, toDay } = e.window;
          expect(fromDay).toBeGreaterThanOrEqual(minDay);
          if (maxDay !== null) expect(fromDay).toBeLessThanOrEqual(maxDay);
          if (toDay !== null) {
            expect(toDay).toBeGreaterThanOrEqual(fromDay);
            if (maxDay !== null) expect(toDay).toBeLessThanOrEqual(maxDay);
          }
          const d = situation.daysOverdue;
          const want = d < fromDay ? "upcoming" : toDay !== null && d > toDay ? "begun" : "window-open";
          expect(e.timing).toBe(want);
          expect(e.stageId).toBe(content.stages.filter((s) => s.fromDay <= fromDay).at(-1)?.id);
        }
      }),
      RUNS,
    );
  });

  it("No event is ever more likely than the strongest word of its sources (lib/engine/likelihood-ceiling.test.ts checks it day by day).", () => {
    fc.assert(
      fc.property(assessedArb, ({ today, situation }) => {
        for (const e of assess(situation, today, content).events) {
          const strongest = Math.max(...(rulesById.get(e.id)?.figures ?? []).map((f) => likelihoodRank(f.reads)));
          expect(likelihoodRank(e.likelihood)).toBeLessThanOrEqual(strongest);
        }
      }),
      RUNS,
    );
  });

  it("The timeline has one current stage, events in order, the right next event, and a short list of advice.", () => {
    fc.assert(
      fc.property(assessedArb, ({ today, situation }) => {
        const a = assess(situation, today, content);
        const current = a.stages.findIndex((s) => s.status === "current");
        expect(a.stages.map((s) => s.status)).toEqual(
          a.stages.map((_, i) => (i < current ? "past" : i === current ? "current" : "future")),
        );
        expect(a.stage.id).toBe(a.stages[current]?.id);
        expect(a.nextStage?.id ?? null).toBe(a.stages[current + 1]?.id ?? null);
        for (let i = 1; i < a.events.length; i++) {
          expect((a.events[i] as TimelineEvent).window.fromDay).toBeGreaterThanOrEqual((a.events[i - 1] as TimelineEvent).window.fromDay);
        }
        const upcoming = a.events.filter((e) => e.timing === "upcoming");
        const wantNext = upcoming.find((e) => likelihoodRank(e.likelihood) >= likelihoodRank("possible")) ?? upcoming[0] ?? null;
        expect(a.nextEvent?.id ?? null).toBe(wantNext?.id ?? null);
        expect(a.advice.now.length).toBeGreaterThan(0);
        expect(a.advice.now.length).toBeLessThanOrEqual(4);
        expect(a.advice.next.length).toBeLessThanOrEqual(3);
        const nowIds = new Set(a.advice.now.map((x) => x.id));
        expect(a.advice.next.some((x) => nowIds.has(x.id))).toBe(false);
        const adviceById = new Map(content.advice.map((x) => [x.id, x]));
        for (const x of a.advice.now) expect(adviceById.get(x.id)?.stages).toContain(a.stage.id);
        for (const x of a.advice.next) expect(adviceById.get(x.id)?.stages).toContain(a.nextStage?.id);
        // Only events whose condition holds: no guarantor, no co-borrower event.
        expect(a.events.some((e) => e.id === "co-borrower-contacted")).toBe(situation.guarantor !== "no");
        expect(a.penalty.totalFen).toBe(situation.amountFen + a.penalty.penaltyFen);
        expect(a.penalty.rateIsExample).toBe(situation.dailyRatePercent === undefined);
      }),
      RUNS,
    );
  });

  it("Assessing is pure: frozen content and situation are not touched, and the same input gives the same answer.", () => {
    const frozen = deepFreeze(structuredClone(content));
    fc.assert(
      fc.property(assessedArb, ({ today, situation }) => {
        const s = deepFreeze({ ...situation });
        const first = assess(s, today, frozen);
        expect(assess(s, today, frozen)).toEqual(first);
        expect(assess(s, today, content)).toEqual(first);
      }),
      { numRuns: 100 },
    );
  });
});

describe("assess: only rules in force on the day are applied", () => {
  const silent: RawAnswers = { product: "jiebei", days: "20", amount: "20000", history: "repeated", contact: "silent" };

  it.each([
    ["On 1 June 2025 the 2026 industry guideline is not yet cited anywhere.", "2025-06-01", "guideline-cba-collection-2026", false],
    ["On 29 January 2026, the day before it applies, the 2026 industry guideline is still not cited.", "2026-01-29", "guideline-cba-collection-2026", false],
    ["From 30 January 2026 the 2026 industry guideline is cited.", "2026-01-30", "guideline-cba-collection-2026", true],
    ["On 1 June 2025 the 2012 public-security penalties law is still cited.", "2025-06-01", "law-public-security-penalties-2012", true],
    ["On 31 December 2025, its last day, the 2012 public-security penalties law is still cited.", "2025-12-31", "law-public-security-penalties-2012", true],
    ["From 1 January 2026 the 2012 public-security penalties law is no longer cited.", "2026-01-01", "law-public-security-penalties-2012", false],
    ["On 22 November 2026 the 2012 public-security penalties law is no longer cited.", "2026-11-22", "law-public-security-penalties-2012", false],
    ["On 22 November 2026 the revised public-security penalties law is cited in its place.", "2026-11-22", "law-public-security-penalties-2025", true],
    ["On 1 June 2025 the revised public-security penalties law is not yet cited.", "2025-06-01", "law-public-security-penalties-2025", false],
  ] as const)("%s", (_name, today, sourceId, cited) => {
    const a = assessRaw(silent, today);
    expect(citedSourceIds(a).has(sourceId)).toBe(cited);
  });

  it("On 1 June 2025 no event's rules or citations mention the 2026 guideline, though the rules it backs stay where another text applies.", () => {
    const a = assessRaw(silent, "2025-06-01");
    for (const e of a.events) {
      expect(e.citations.map((c) => c.source)).not.toContain("guideline-cba-collection-2026");
      for (const r of e.rules) expect(r.citations.map((c) => c.source)).not.toContain("guideline-cba-collection-2026");
    }
    // The national standard (in force from 28 February 2025) still backs the quiet hours.
    const calls = eventsById(a).get("borrower-calls");
    expect(calls?.rules.map((r) => r.id)).toContain("quiet-hours");
  });

  it("In 2020, before any collection standard applied, no event shows the quiet-hours or call-limit rules.", () => {
    const a = assessRaw(silent, "2020-06-01");
    const shown = a.events.flatMap((e) => e.rules.map((r) => r.id));
    expect(shown).not.toContain("quiet-hours");
    expect(shown).not.toContain("call-limits");
    expect(shown).not.toContain("third-parties-only-when-unreachable");
    // The civil code (2021) is not in force either, so the contact owes-nothing rule waits too.
    expect(shown).not.toContain("contact-owes-nothing");
  });

  it("For any day, a source that is not in force that day is never cited.", () => {
    fc.assert(
      fc.property(isoDateArb.chain((today) => situationOn(today).map((s) => [today, s] as const)), ([today, s]) => {
        for (const id of citedSourceIds(assess(s, today, content))) {
          expect(isInForce(sourcesById.get(id) as { effectiveFrom?: string; effectiveUntil?: string }, today)).toBe(true);
        }
      }),
      RUNS,
    );
  });
});

describe("assess: with content handed in", () => {
  it("A rule whose only rule text has expired is not shown, and an event citation to an expired text is dropped.", () => {
    const custom = structuredClone(content);
    const expired = { ...(sourcesById.get("law-pipl") as (typeof content.sources)[number]), id: "law-expired", effectiveUntil: "2022-01-01" };
    custom.sources.push(expired);
    const rule = must(custom.collectionRules.find((r) => r.id === "notice-before-reporting"), "rule notice-before-reporting");
    rule.statements = [{ text: "一条只依据已失效文本的规定。", basis: { source: "law-expired" } }];
    const event = must(custom.events.find((e) => e.id === "app-sms-reminders"), "event app-sms-reminders");
    event.citations = [...event.citations, { source: "law-expired" }];
    const parsed = parseSituation({ product: "jiebei", days: "5", amount: "100", history: "ontime", contact: "answering" }, TODAY);
    if (!parsed.ok) throw new Error("fixture");
    const reminders = must(assess(parsed.situation, TODAY, custom).events.find((e) => e.id === "app-sms-reminders"), "assessed app-sms-reminders");
    expect(reminders.rules).toEqual([]);
    expect(reminders.citations.map((c) => c.source)).not.toContain("law-expired");
    const earlier = assess({ ...parsed.situation, dueDate: "2021-11-27" }, "2021-12-02", custom).events.find((e) => e.id === "app-sms-reminders");
    expect(earlier?.rules.map((r) => r.id)).toEqual(["notice-before-reporting"]);
  });
});

describe("assess: rules shown only on the strength of a rule text", () => {
  it("A collection rule that cites only an article is never shown, on any day.", () => {
    const custom = structuredClone(content);
    const rule = must(custom.collectionRules.find((r) => r.id === "quiet-hours"), "rule quiet-hours");
    rule.statements = [{ text: "一条只依据文章的说法。", basis: { source: "article-seven-days" } }];
    fc.assert(
      fc.property(assessedArb, ({ today, situation }) => {
        const shown = assess(situation, today, custom).events.flatMap((e) => e.rules.map((r) => r.id));
        expect(shown).not.toContain("quiet-hours");
      }),
      { numRuns: 50 },
    );
  });
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
