/**
 * What the emergency-contact page shows on a given day: the validated content, with
 * each record's citations (its own plus those of the rules it names) limited to
 * sources in force on `today`, the same test the borrower timeline uses. Pure: the
 * page passes `today` in.
 */
import type { Advice, Citation, Content, Source } from "@/lib/schema/content";
import type { CallTextParts, ContactContent } from "@/lib/schema/emergency-contact";
import type { ActionId, ChannelId, JudgementId, ReplyId, Verdict } from "@/lib/schema/emergency-contact-ids";
import { JUDGEMENT_VERDICT } from "@/lib/emergency-contact/tailor";
import { formatChineseDate, type IsoDate } from "@/lib/dates/iso-date";
import { isInForce, isRuleText, ruleOnDay, type RuleOnDay } from "@/lib/engine/in-force";

export type CitedItem = { id: string; title: string; body: string; citations: Citation[]; rules: { id: string; title: string }[] };
export type JudgementView = CitedItem & { id: JudgementId; verdict: Verdict };
export type ReplyView = CitedItem & { id: ReplyId; use: string };
export type ChannelView = { id: ChannelId; name: string; reach: string; when: string; citations: Citation[] };
export type ActionView = CitedItem & { id: ActionId };

export type ContactPageData = {
  today: IsoDate;
  keyPoints: CitedItem[];
  judgements: JudgementView[];
  replies: ReplyView[];
  channels: ChannelView[];
  actions: ActionView[];
  /** Each with only the statements whose own source is in force on `today`. */
  rules: RuleOnDay[];
  /** The in-force sources behind the rules, newest first, each cited with its date and how far to trust it. */
  ruleBasis: Citation[];
  warning: CitedItem;
  /** The pieces of the message and complaint written from the contact's answers, with their in-force citations. */
  callTexts: CallTextParts & { citations: { message: Citation[]; complaint: Citation[] } };
};

const TRUST_NOTE: Record<Source["trust"], string> = {
  "official-text": "原文",
  secondary: "内容据公开摘要",
  "third-party-article": "网络文章的说法",
};

function basisOf(rules: readonly RuleOnDay[], sources: Map<string, Source>): Citation[] {
  const ids = [...new Set(rules.flatMap((r) => r.citations.map((c) => c.source)))];
  return ids
    .map((id) => sources.get(id))
    .filter((s): s is Source => s !== undefined && isRuleText(s))
    .sort((a, b) => (b.effectiveFrom ?? b.date ?? "").localeCompare(a.effectiveFrom ?? a.date ?? ""))
    .map((s) => {
      const from = s.effectiveFrom ? `${formatChineseDate(s.effectiveFrom)}起适用，` : "";
      return { source: s.id, where: `${from}${TRUST_NOTE[s.trust]}` };
    });
}

/** `site` and `data` come validated from the loader (loadContent, loadContactContent). */
export function contactPageData(today: IsoDate, site: Content, data: ContactContent): ContactPageData {
  const sources = new Map(site.sources.map((s) => [s.id, s]));
  const rulesById = new Map(site.collectionRules.map((r) => [r.id, r]));
  const standing = (ids: readonly string[] = []): RuleOnDay[] =>
    ids.flatMap((id) => {
      const rule = rulesById.get(id);
      const onDay = rule ? ruleOnDay(rule, (x) => sources.get(x), today) : null;
      return onDay ? [onDay] : [];
    });
  const inForce = (citations: readonly Citation[]): Citation[] => {
    const seen = new Set<string>();
    return citations.filter((c) => {
      const s = sources.get(c.source);
      const key = `${c.source}|${c.where ?? ""}`;
      if (!s || !isInForce(s, today) || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  };
  const cited = (r: { id: string; title: string; body: string; citations?: readonly Citation[]; rules?: readonly string[] }): CitedItem => {
    const rules = standing(r.rules);
    return {
      id: r.id,
      title: r.title,
      body: r.body,
      citations: inForce([...(r.citations ?? []), ...rules.flatMap((x) => x.citations)]),
      rules: rules.map((x) => ({ id: x.id, title: x.title })),
    };
  };
  const fromAdvice = (a: Advice): CitedItem => cited({ id: a.id, title: a.title, body: a.body, citations: a.citations });
  const adviceById = new Map(site.advice.map((a) => [a.id, a]));

  return {
    today,
    keyPoints: data.keyPoints.map((k) => cited({ ...k, title: k.heading })),
    judgements: data.judgements.map((j) => ({ ...cited(j), id: j.id, verdict: JUDGEMENT_VERDICT[j.id] })),
    replies: data.replies.map((r) => ({ ...cited({ ...r, body: r.text }), id: r.id, use: r.use })),
    channels: data.channels.map((c) => ({ ...c, citations: inForce(c.citations) })),
    actions: data.actions.map((a) => ({
      ...("advice" in a ? fromAdvice(adviceById.get(a.advice) as Advice) : cited(a)),
      id: a.id,
    })),
    rules: standing(data.ruleIds),
    ruleBasis: basisOf(standing(data.ruleIds), sources),
    warning: fromAdvice(adviceById.get(data.warningAdviceId) as Advice),
    callTexts: {
      ...data.callTexts,
      citations: { message: inForce(data.callTexts.citations.message), complaint: inForce(data.callTexts.citations.complaint) },
    },
  };
}

/** China's calendar date at `now` (UTC+8 all year), whatever the build machine's zone. */
export function chinaDate(now: Date): IsoDate {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
