/**
 * Placeholders turn engine data into the words on a question page, so a page and the
 * timeline can never disagree: every day, range and title comes from content/*.ts
 * through the same functions the timeline uses. An unknown placeholder, id or missing
 * argument throws, which fails `next build` and the tests.
 *
 * Inline: band, spread, figure, earliest, latest, count, event, stage, stage-name, stage-days, consequence,
 * consequence-day, rule, rule-body, advice, factor, source, asked-day, asked-stage, log-rule, log-limit.
 * Blocks (a line of their own): figures-table, figures-chart.
 */
import type { IsoDate } from "@/lib/dates/iso-date";
import { ruleOnDay } from "@/lib/engine/in-force";
import type { CallLogRule, Content } from "@/lib/schema/content";
import { stageIndexForDay } from "@/lib/engine/stage-for-day";
import { dayRangeText, spreadText } from "@/lib/format/day-window";
import type { Placeholder } from "@/lib/questions/markdown";
import { claimHref, type ClaimKind } from "@/lib/sources/claims-citing";
import { datedFigures, eventSpread, type EventSpread } from "@/lib/sources/event-spread";

export type Resolved = {
  text: string;
  /** The claim the words come from, as "kind:id"; null for the reader's own situation or a source title. */
  claim: string | null;
  /** Where the words link to, if anywhere. */
  href: string | null;
};

/**
 * What a placeholder is resolved against: the validated content and the 来电记录's rules
 * (passed in; lib/ does not load content), the days the question asks about, and `today`,
 * the day whose rules a quoted rule shows (statements whose source is in force then).
 */
export type ResolveContext = { content: Content; callLogRules: readonly CallLogRule[]; askedDays: number | undefined; today: IsoDate };

function lookup<T extends { id: string }>(kind: string, items: readonly T[], id: string | undefined): T {
  const found = items.find((x) => x.id === id);
  if (!found) throw new Error(`unknown ${kind} "${id ?? ""}"`);
  return found;
}

const claim = (kind: ClaimKind, id: string, text: string): Resolved => ({ text, claim: `${kind}:${id}`, href: claimHref(kind, id) });

function stageText(ctx: ResolveContext, id: string | undefined): { id: string; name: string; days: string } {
  const s = lookup("stage", ctx.content.stages, id);
  return { id: s.id, name: s.name, days: dayRangeText(s.fromDay, s.toDay) };
}

type Resolver = {
  /** How many arguments it takes: one count, or the fewest and most. */
  args: number | [number, number];
  resolve: (args: string[], ctx: ResolveContext, raw: string) => Resolved;
};

/** An event's claim, with the words `text` makes of its spread. */
const fromSpread = (text: (s: EventSpread, args: string[], raw: string) => string): Resolver => ({
  args: 1,
  resolve: ([event], ctx, raw) => {
    const s = eventSpread(ctx.content.events, event as string);
    return claim("event", s.event.id, text(s, [event as string], raw));
  },
});

/** A record's claim, with one of its fields as the words. */
const titleOf = <T extends { id: string }>(kind: ClaimKind, what: string, items: (c: Content) => readonly T[], text: (x: T) => string): Resolver => ({
  args: 1,
  resolve: ([id], ctx) => {
    const x = lookup(what, items(ctx.content), id);
    return claim(kind, x.id, text(x));
  },
});

const stageClaim = (text: (s: ReturnType<typeof stageText>) => string): Resolver => ({
  args: 1,
  resolve: ([id], ctx) => {
    const s = stageText(ctx, id);
    return claim("stage", s.id, text(s));
  },
});

function askedDays(ctx: ResolveContext, raw: string): number {
  if (ctx.askedDays === undefined) throw new Error(`${raw} needs days in the question's prefill`);
  return ctx.askedDays;
}

function figureText(s: EventSpread, [event, source, n]: string[], raw: string): string {
  const all = s.figures.filter((f) => f.source === source);
  if (all.length === 0) throw new Error(`event "${event}" has no figure from source "${source}"`);
  const nth = n === undefined ? null : Number(n);
  if (nth === null && all.length > 1) throw new Error(`${raw}: source "${source}" gives ${all.length} figures; name one with :1..:${all.length}`);
  const figures = nth === null ? all : all.slice(nth - 1, nth);
  if (figures.length === 0) throw new Error(`${raw}: no figure number ${nth}`);
  return figures.map((f) => (f.fromDay === null ? "没有给天数" : dayRangeText(f.fromDay, f.toDay))).join("");
}

function endFigure(which: "earliest" | "latest"): Resolver {
  return fromSpread((s) => {
    const dated = datedFigures(s.figures);
    const f = which === "earliest" ? dated[0] : dated[dated.length - 1];
    if (!f) throw new Error(`event "${s.event.id}" has no figure that gives a day`);
    return dayRangeText(f.fromDay, f.toDay);
  });
}

function logRule(ctx: ResolveContext, id: string | undefined) {
  return lookup("call-log rule", ctx.callLogRules, id);
}

/** Each placeholder's resolver, by name. */
const RESOLVERS: Record<string, Resolver> = {
  band: fromSpread((s) => dayRangeText(s.band.fromDay, s.band.toDay)),
  spread: fromSpread((s) => spreadText(s.spread.minDay, s.spread.maxDay)),
  count: fromSpread((s) => String(datedFigures(s.figures).length)),
  // {{figure:event:source}} or, when the source gives several, {{figure:event:source:2}} (1-based).
  figure: {
    args: [2, 3],
    resolve: (args, ctx, raw) => {
      const s = eventSpread(ctx.content.events, args[0] as string);
      return claim("event", s.event.id, figureText(s, args, raw));
    },
  },
  earliest: endFigure("earliest"),
  latest: endFigure("latest"),
  event: titleOf("event", "event", (c) => c.events, (e) => e.title),
  stage: stageClaim((s) => `「${s.name}」（${s.days}）`),
  "stage-name": stageClaim((s) => s.name),
  "stage-days": stageClaim((s) => s.days),
  consequence: titleOf("consequence", "consequence", (c) => c.consequences, (x) => x.title),
  "consequence-day": titleOf("consequence", "consequence", (c) => c.consequences, (x) => dayRangeText(x.fromDay, null)),
  rule: titleOf("rule", "rule", (c) => c.collectionRules, (r) => r.title),
  "rule-body": {
    args: 1,
    resolve: ([id], ctx) => {
      const r = lookup("rule", ctx.content.collectionRules, id);
      const onDay = ruleOnDay(r, (x) => ctx.content.sources.find((s) => s.id === x), ctx.today);
      if (!onDay) throw new Error(`{{rule-body:${r.id}}}: no statement of this rule is in force on ${ctx.today}`);
      return claim("rule", r.id, onDay.body);
    },
  },
  // A 来电记录 check's wording, e.g. {{log-rule:connected-calls-per-day}}; it points to its collection rule.
  "log-rule": {
    args: 1,
    resolve: ([id], ctx) => {
      const r = logRule(ctx, id);
      return claim("rule", r.collectionRule, r.label);
    },
  },
  // The number a 来电记录 check counts against: {{log-limit:unanswered-calls-per-day}} -> "6".
  "log-limit": {
    args: 1,
    resolve: ([id], ctx) => {
      const r = logRule(ctx, id);
      if (r.check.kind !== "daily-limit") throw new Error(`call-log rule "${id}" has no daily limit`);
      return claim("rule", r.collectionRule, String(r.check.max));
    },
  },
  advice: titleOf("advice", "advice", (c) => c.advice, (x) => x.title),
  factor: titleOf("factor", "factor", (c) => c.factors, (f) => f.label),
  source: {
    args: 1,
    resolve: ([id], ctx) => {
      const s = lookup("source", ctx.content.sources, id);
      return { text: `《${s.title}》`, claim: null, href: `/sources/${s.id}` };
    },
  },
  "asked-day": {
    args: 0,
    resolve: (_args, ctx, raw) => {
      const days = askedDays(ctx, raw);
      return { text: dayRangeText(days, days), claim: null, href: null };
    },
  },
  "asked-stage": {
    args: 0,
    resolve: (_args, ctx, raw) => {
      const stages = ctx.content.stages;
      const stage = stages[stageIndexForDay(stages, askedDays(ctx, raw))];
      const s = stageText(ctx, stage?.id);
      return claim("stage", s.id, `「${s.name}」（${s.days}）`);
    },
  },
  // Blocks: the page draws them (markdown-body.tsx); here they only name their claim.
  "figures-table": fromSpread(() => ""),
  "figures-chart": fromSpread(() => ""),
};

export function resolvePlaceholder(p: Placeholder, ctx: ResolveContext): Resolved {
  const resolver = Object.hasOwn(RESOLVERS, p.name) ? RESOLVERS[p.name] : undefined;
  if (!resolver) throw new Error(`unknown placeholder "${p.raw}"`);
  const [min, max] = typeof resolver.args === "number" ? [resolver.args, resolver.args] : resolver.args;
  if (p.args.length < min || p.args.length > max) throw new Error(`{{${p.name}}} takes ${min === max ? min : `${min}–${max}`} argument(s), got "${p.raw}"`);
  return resolver.resolve(p.args, ctx, p.raw);
}
