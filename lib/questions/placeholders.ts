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
import "server-only";
import type { IsoDate } from "@/lib/dates/iso-date";
import { ruleOnDay } from "@/lib/engine/in-force";
import { loadCallLogRules, loadContent } from "@/lib/content/load-content";
import { stageIndexForDay } from "@/lib/engine/stage-for-day";
import { dayRangeText, spreadText } from "@/lib/format/day-window";
import type { Placeholder } from "@/lib/questions/markdown";
import { claimHref, type ClaimKind } from "@/lib/sources/claims-citing";
import { datedFigures, eventSpread } from "@/lib/sources/event-spread";

export type Resolved = {
  text: string;
  /** The claim the words come from, as "kind:id"; null for the reader's own situation or a source title. */
  claim: string | null;
  /** Where the words link to, if anywhere. */
  href: string | null;
};

const content = loadContent();
const callLogRules = loadCallLogRules();

/** `today`: the day whose rules a quoted rule shows (statements whose source is in force then). */
const sourcesById = new Map(content.sources.map((s) => [s.id, s]));

export type ResolveContext = { askedDays: number | undefined; today: IsoDate };

function lookup<T extends { id: string }>(kind: string, items: readonly T[], id: string | undefined): T {
  const found = items.find((x) => x.id === id);
  if (!found) throw new Error(`unknown ${kind} "${id ?? ""}"`);
  return found;
}

function expectArgs(p: Placeholder, n: number) {
  if (p.args.length !== n) throw new Error(`{{${p.name}}} takes ${n} argument(s), got "${p.raw}"`);
}

const claim = (kind: ClaimKind, id: string, text: string): Resolved => ({ text, claim: `${kind}:${id}`, href: claimHref(kind, id) });

function stageText(id: string | undefined): { id: string; name: string; days: string } {
  const s = lookup("stage", content.stages, id);
  return { id: s.id, name: s.name, days: dayRangeText(s.fromDay, s.toDay) };
}

export function resolvePlaceholder(p: Placeholder, ctx: ResolveContext): Resolved {
  const [a, b] = p.args;
  switch (p.name) {
    case "band": {
      expectArgs(p, 1);
      const s = eventSpread(a as string);
      return claim("event", s.event.id, dayRangeText(s.band.fromDay, s.band.toDay));
    }
    case "spread": {
      expectArgs(p, 1);
      const s = eventSpread(a as string);
      return claim("event", s.event.id, spreadText(s.spread.minDay, s.spread.maxDay));
    }
    case "count": {
      expectArgs(p, 1);
      const s = eventSpread(a as string);
      return claim("event", s.event.id, String(datedFigures(s.figures).length));
    }
    case "figure": {
      // {{figure:event:source}} or, when the source gives several, {{figure:event:source:2}} (1-based).
      if (p.args.length !== 2 && p.args.length !== 3) expectArgs(p, 2);
      const s = eventSpread(a as string);
      const all = s.figures.filter((f) => f.source === b);
      if (all.length === 0) throw new Error(`event "${a}" has no figure from source "${b}"`);
      const nth = p.args[2] === undefined ? null : Number(p.args[2]);
      if (nth === null && all.length > 1) throw new Error(`${p.raw}: source "${b}" gives ${all.length} figures; name one with :1..:${all.length}`);
      const figures = nth === null ? all : all.slice(nth - 1, nth);
      if (figures.length === 0) throw new Error(`${p.raw}: no figure number ${nth}`);
      const text = figures.map((f) => (f.fromDay === null ? "没有给天数" : dayRangeText(f.fromDay, f.toDay))).join("");
      return claim("event", s.event.id, text);
    }
    case "earliest":
    case "latest": {
      expectArgs(p, 1);
      const s = eventSpread(a as string);
      const dated = datedFigures(s.figures);
      const f = p.name === "earliest" ? dated[0] : dated[dated.length - 1];
      if (!f) throw new Error(`event "${a}" has no figure that gives a day`);
      return claim("event", s.event.id, dayRangeText(f.fromDay, f.toDay));
    }
    case "event": {
      expectArgs(p, 1);
      const e = lookup("event", content.events, a);
      return claim("event", e.id, e.title);
    }
    case "stage": {
      expectArgs(p, 1);
      const s = stageText(a);
      return claim("stage", s.id, `「${s.name}」（${s.days}）`);
    }
    case "stage-name": {
      expectArgs(p, 1);
      const s = stageText(a);
      return claim("stage", s.id, s.name);
    }
    case "stage-days": {
      expectArgs(p, 1);
      const s = stageText(a);
      return claim("stage", s.id, s.days);
    }
    case "consequence": {
      expectArgs(p, 1);
      const c = lookup("consequence", content.consequences, a);
      return claim("consequence", c.id, c.title);
    }
    case "consequence-day": {
      expectArgs(p, 1);
      const c = lookup("consequence", content.consequences, a);
      return claim("consequence", c.id, dayRangeText(c.fromDay, null));
    }
    case "rule": {
      expectArgs(p, 1);
      const r = lookup("rule", content.collectionRules, a);
      return claim("rule", r.id, r.title);
    }
    case "rule-body": {
      expectArgs(p, 1);
      const r = lookup("rule", content.collectionRules, a);
      const onDay = ruleOnDay(r, (id) => sourcesById.get(id), ctx.today);
      if (!onDay) throw new Error(`{{rule-body:${r.id}}}: no statement of this rule is in force on ${ctx.today}`);
      return claim("rule", r.id, onDay.body);
    }
    case "log-rule": {
      // A 来电记录 check's wording, e.g. {{log-rule:connected-calls-per-day}}; it points to its collection rule.
      expectArgs(p, 1);
      const r = lookup("call-log rule", callLogRules, a);
      return claim("rule", r.collectionRule, r.label);
    }
    case "log-limit": {
      // The number a 来电记录 check counts against: {{log-limit:unanswered-calls-per-day}} -> "6".
      expectArgs(p, 1);
      const r = lookup("call-log rule", callLogRules, a);
      if (r.check.kind !== "daily-limit") throw new Error(`call-log rule "${a}" has no daily limit`);
      return claim("rule", r.collectionRule, String(r.check.max));
    }
    case "advice": {
      expectArgs(p, 1);
      const x = lookup("advice", content.advice, a);
      return claim("advice", x.id, x.title);
    }
    case "factor": {
      expectArgs(p, 1);
      const f = lookup("factor", content.factors, a);
      return claim("factor", f.id, f.label);
    }
    case "source": {
      expectArgs(p, 1);
      const s = lookup("source", content.sources, a);
      return { text: `《${s.title}》`, claim: null, href: `/sources/${s.id}` };
    }
    case "asked-day": {
      expectArgs(p, 0);
      if (ctx.askedDays === undefined) throw new Error("{{asked-day}} needs days in the question's prefill");
      return { text: dayRangeText(ctx.askedDays, ctx.askedDays), claim: null, href: null };
    }
    case "asked-stage": {
      expectArgs(p, 0);
      if (ctx.askedDays === undefined) throw new Error("{{asked-stage}} needs days in the question's prefill");
      const stage = content.stages[stageIndexForDay(content.stages, ctx.askedDays)];
      const s = stageText(stage?.id);
      return claim("stage", s.id, `「${s.name}」（${s.days}）`);
    }
    case "figures-table":
    case "figures-chart": {
      expectArgs(p, 1);
      const s = eventSpread(a as string);
      return { text: "", claim: `event:${s.event.id}`, href: null };
    }
    default:
      throw new Error(`unknown placeholder "${p.raw}"`);
  }
}
