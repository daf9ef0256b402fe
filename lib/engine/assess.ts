/**
 * The escalation engine: from a borrower's situation, today's date and the content to a
 * cited, personalised timeline. Pure: no clock, no I/O, no content import; the browser
 * passes the copy it fetched (`/content.json`), tests and scripts the loader's.
 */
import type { Adjustment, Citation, CollectionRule, EventRule, Factor, Stage } from "@/lib/schema/content";
import type { EngineContent, SourceRef } from "@/lib/content/client-content";
import { addDaysToIsoDate, type IsoDate } from "@/lib/dates/iso-date";
import type { Situation } from "@/lib/situation/parse-situation";
import { meetsCondition } from "@/lib/engine/condition";
import { citationsInForce, ruleOnDay, type RuleOnDay } from "@/lib/engine/in-force";
import { answerReach, likelihoodRank, placeInBand, wordBand } from "@/lib/engine/likelihood";
import { EXAMPLE_DAILY_RATE_PERCENT, penaltyFen } from "@/lib/engine/penalty";
import { spreadOf } from "@/lib/engine/source-spread";
import { stageIndexForDay } from "@/lib/engine/stage-for-day";
import type { AdviceView, Assessment, Reason, SourceSpread, StageView, TimelineEvent } from "@/lib/engine/types";

/** How many advice items the timeline shows for the current and the next stage. */
const ADVICE_NOW = 4;
const ADVICE_NEXT = 3;
/** "Next" points to the first upcoming event at least this likely, so a rare one does not lead. */
const POSSIBLE = likelihoodRank("possible");

/**
 * An adjustment with its factor and its passage. That the factor's own sources speak about
 * the event is checked when the content is validated (load-content.ts fails the build),
 * not here: the check's bytes would land on every phone for content that cannot reach it.
 */
type SourcedAdjustment = { adjustment: Adjustment; factor: Factor; because: Citation[] };

/** Content with lookups built once, so an assessment does no searching. */
type Compiled = {
  content: EngineContent;
  sourcesById: Map<string, SourceRef>;
  factorsById: Map<string, Factor>;
  rulesById: Map<string, CollectionRule>;
  spreads: Map<string, SourceSpread>;
  adjustments: Map<string, SourcedAdjustment[]>;
  /** What is in force depends only on the day: remembered for the last day asked about. */
  inForce: { today: IsoDate; citations: Map<readonly Citation[], Citation[]>; rules: Map<readonly string[], RuleOnDay[]> };
};

const compiledCache = new WeakMap<EngineContent, Compiled>();

function compile(content: EngineContent): Compiled {
  const cached = compiledCache.get(content);
  if (cached) return cached;
  const spreads = new Map<string, SourceSpread>();
  for (const rule of content.events) spreads.set(rule.id, spreadOf(rule));
  const factorsById = new Map(content.factors.map((f) => [f.id, f]));
  const adjustments = new Map<string, SourcedAdjustment[]>();
  for (const rule of content.events) adjustments.set(rule.id, sourcedAdjustments(rule, factorsById));
  const compiled: Compiled = {
    content,
    sourcesById: new Map(content.sources.map((s) => [s.id, s])),
    factorsById,
    rulesById: new Map(content.collectionRules.map((r) => [r.id, r])),
    spreads,
    adjustments,
    inForce: { today: "", citations: new Map(), rules: new Map() },
  };
  compiledCache.set(content, compiled);
  return compiled;
}

function sourcedAdjustments(rule: EventRule, factorsById: ReadonlyMap<string, Factor>): SourcedAdjustment[] {
  const sourced: SourcedAdjustment[] = [];
  for (const adjustment of rule.adjustments) {
    const factor = factorsById.get(adjustment.factor);
    if (factor) sourced.push({ adjustment, factor, because: [adjustment.because] });
  }
  return sourced;
}

function clamp(value: number, min: number, max: number | null): number {
  return Math.max(min, max === null ? value : Math.min(max, value));
}

/** The in-force memo for `today`, emptied when the day changes. */
function inForceOn(c: Compiled, today: IsoDate): Compiled["inForce"] {
  if (c.inForce.today !== today) c.inForce = { today, citations: new Map(), rules: new Map() };
  return c.inForce;
}

/**
 * `citationsInForce` for today, remembered: the list is shared by every assessment on the
 * same day, so read it, never mutate it.
 */
function citationsOn(citations: readonly Citation[], c: Compiled, today: IsoDate): Citation[] {
  const memo = inForceOn(c, today).citations;
  let shown = memo.get(citations);
  if (!shown) {
    shown = citationsInForce(citations, today, c.sourcesById);
    memo.set(citations, shown);
  }
  return shown;
}

/** Each rule with only the statements whose own source is in force today (see ruleOnDay). Shared like the citations. */
function rulesInForce(ids: readonly string[], c: Compiled, today: IsoDate): RuleOnDay[] {
  const memo = inForceOn(c, today).rules;
  const known = memo.get(ids);
  if (known) return known;
  const shown: RuleOnDay[] = [];
  for (const id of ids) {
    const rule = c.rulesById.get(id);
    if (!rule) continue;
    const onDay = ruleOnDay(rule, (id) => c.sourcesById.get(id), today);
    if (onDay) shown.push(onDay);
  }
  memo.set(ids, shown);
  return shown;
}

function stageViews(stages: readonly Stage[], currentIndex: number, dueDate: IsoDate): StageView[] {
  // Fields listed, not spread: on Node 20 `{ ...x, extra }` costs ~100x a plain literal (tools/bench.ts).
  return stages.map((stage, i) => ({
    id: stage.id,
    name: stage.name,
    fromDay: stage.fromDay,
    toDay: stage.toDay,
    summary: stage.summary,
    citations: stage.citations,
    reassurance: stage.reassurance,
    status: i < currentIndex ? "past" : i === currentIndex ? "current" : "future",
    fromDate: addDaysToIsoDate(dueDate, stage.fromDay),
    toDate: stage.toDay === null ? null : addDaysToIsoDate(dueDate, stage.toDay),
  }));
}

function assessEvent(rule: EventRule, s: Situation, today: IsoDate, c: Compiled): TimelineEvent | null {
  if (rule.onlyIf && !meetsCondition(rule.onlyIf, s)) return null;
  const sources = c.spreads.get(rule.id) as SourceSpread;
  const reasons: Reason[] = [];
  let shift = 0;
  let steps = 0;
  // The sources the answers that lift, and those that lower, the label rest on (see answerReach).
  const lifting = new Set<string>();
  const lowering = new Set<string>();
  for (const { adjustment, factor, because } of c.adjustments.get(rule.id) as SourcedAdjustment[]) {
    if (!meetsCondition(factor.when, s)) continue;
    shift += adjustment.shiftDays;
    steps += adjustment.likelihoodStep;
    if (adjustment.likelihoodStep !== 0) for (const b of because) (adjustment.likelihoodStep > 0 ? lifting : lowering).add(b.source);
    reasons.push({
      factorId: factor.id,
      label: factor.label,
      explanation: factor.explanation,
      shiftDays: adjustment.shiftDays,
      likelihoodStep: adjustment.likelihoodStep,
      citations: citationsOn(because, c, today),
    });
  }
  // Answers move the window, but never outside what the sources say.
  const fromDay = clamp(sources.band.fromDay + shift, sources.spread.minDay, sources.spread.maxDay);
  const toDay = sources.band.toDay === null ? null : clamp(sources.band.toDay + shift, fromDay, sources.spread.maxDay);
  const days = s.daysOverdue;
  const timing = days < fromDay ? "upcoming" : toDay !== null && days > toDay ? "begun" : "window-open";
  const stageIndex = stageIndexForDay(c.content.stages, fromDay);
  // The label speaks about today, or about the window's start if that is still ahead.
  const bandDay = Math.max(days, fromDay);
  const band = wordBand(rule.figures, bandDay);
  const depends = rule.depends?.find((d) => meetsCondition(d.when, s));
  const rules = rulesInForce(rule.rules, c, today);
  const pinned = rule.pinnedRule;
  const pinnedRule = pinned ? rules.find((r) => r.id === pinned.rule) : undefined;
  return {
    id: rule.id,
    who: rule.who,
    channels: rule.channels,
    title: rule.title,
    description: rule.description,
    stageId: (c.content.stages[stageIndex] as Stage).id,
    window: {
      fromDay,
      toDay,
      fromDate: addDaysToIsoDate(s.dueDate, fromDay),
      toDate: toDay === null ? null : addDaysToIsoDate(s.dueDate, toDay),
    },
    timing,
    ...placeInBand(rule.baseLikelihood, steps, band, answerReach(rule.figures, bandDay, lifting, lowering)),
    dependsOn: depends ? { text: depends.text, citations: citationsOn(depends.citations, c, today) } : null,
    pinnedRule:
      pinned && pinnedRule
        ? {
            rule: pinnedRule,
            articlesSay: pinned.articlesSay,
            citations: citationsOn(pinned.citations, c, today),
            inSummary: meetsCondition(pinned.inSummaryWhen, s),
          }
        : null,
    reasons,
    sources,
    rules,
    citations: citationsOn(rule.citations, c, today),
  };
}

function adviceFor(stageId: string | undefined, exclude: ReadonlySet<string>, limit: number, c: Compiled, today: IsoDate): AdviceView[] {
  if (!stageId) return [];
  return c.content.advice
    .filter((a) => a.audience.includes("borrower") && a.stages.includes(stageId) && !exclude.has(a.id))
    .sort((a, b) => a.priority - b.priority)
    .slice(0, limit)
    .map((a) => ({ id: a.id, title: a.title, body: a.body, steps: a.steps ?? [], citations: citationsOn(a.citations, c, today) }));
}

/**
 * @example
 * assess(situation, "2026-11-22", content).stage.id // "contacts" for a borrower 20 days late
 */
export function assess(situation: Situation, today: IsoDate, content: EngineContent): Assessment {
  const c = compile(content);
  const days = situation.daysOverdue;
  const stageIndex = stageIndexForDay(content.stages, days);
  const stages = stageViews(content.stages, stageIndex, situation.dueDate);
  const events = content.events
    .map((rule) => assessEvent(rule, situation, today, c))
    .filter((e): e is TimelineEvent => e !== null)
    .sort((a, b) => a.window.fromDay - b.window.fromDay || likelihoodRank(b.likelihood) - likelihoodRank(a.likelihood));
  const nextEvent =
    events.find((e) => e.timing === "upcoming" && likelihoodRank(e.likelihood) >= POSSIBLE) ?? events.find((e) => e.timing === "upcoming") ?? null;
  const rate = situation.dailyRatePercent ?? EXAMPLE_DAILY_RATE_PERCENT;
  const penalty = penaltyFen(situation.amountFen, rate, days);
  const stage = stages[stageIndex] as StageView;
  const nextStage = stages[stageIndex + 1] ?? null;
  const now = adviceFor(stage.id, new Set(), ADVICE_NOW, c, today);
  const next = adviceFor(nextStage?.id, new Set(now.map((a) => a.id)), ADVICE_NEXT, c, today);
  return {
    today,
    situation,
    stage,
    nextStage,
    stages,
    events,
    nextEvent,
    consequences: content.consequences.map((q) => ({
      id: q.id,
      title: q.title,
      body: q.body,
      fromDay: q.fromDay,
      stated: q.stated,
      kind: q.kind,
      citations: citationsOn(q.citations, c, today),
      active: days >= q.fromDay,
      fromDate: addDaysToIsoDate(situation.dueDate, q.fromDay),
    })),
    penalty: {
      dailyRatePercent: rate,
      rateIsExample: situation.dailyRatePercent === undefined,
      amountFen: situation.amountFen,
      days,
      penaltyFen: penalty,
      totalFen: situation.amountFen + penalty,
    },
    advice: { now, next },
  };
}
