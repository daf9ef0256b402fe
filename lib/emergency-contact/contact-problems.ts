/**
 * What is wrong with the emergency-contact content: shapes (zod), unique ids, one record
 * for every id the tailoring can pick, and every citation, rule and advice item referred
 * to exists. The loader (content/index.ts) runs it, so `next build` fails on
 * bad content.
 */
import "server-only";
import { ruleCitations } from "@/lib/engine/in-force";
import { z } from "zod";
import type { Citation, Content } from "@/lib/schema/content";
import { ACTION_IDS, CHANNEL_IDS, JUDGEMENT_IDS, KEY_POINT_IDS, REPLY_IDS } from "@/lib/schema/emergency-contact-ids";
import {
  contactActionSchema,
  contactChannelSchema,
  contactJudgementSchema,
  contactKeyPointSchema,
  contactReplySchema,
  type ContactContent,
} from "@/lib/schema/emergency-contact";

z.config({ jitless: true });

/** Every citation a record makes, its own and those of the rules it names. */
export function citationsOf(record: { citations?: readonly Citation[]; rules?: readonly string[] }, site: Content): Citation[] {
  const own = record.citations ?? [];
  const fromRules = (record.rules ?? []).flatMap((id) => {
    const rule = site.collectionRules.find((r) => r.id === id);
    return rule ? ruleCitations(rule) : [];
  });
  return [...own, ...fromRules];
}

/** Every problem found, as readable lines; empty when the content is sound. */
export function findContactProblems(data: ContactContent, site: Content): string[] {
  const problems: string[] = [];
  const check = (what: string, schema: z.ZodType, items: readonly { id: string }[], expected: readonly string[]) => {
    items.forEach((item, i) => {
      const result = schema.safeParse(item);
      if (!result.success)
        for (const issue of result.error.issues) problems.push(`${what} ${item.id ?? `#${i}`}: ${issue.path.join(".")} ${issue.message}`);
    });
    const ids = items.map((x) => x.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) problems.push(`${what}: duplicate id ${id}`);
    });
    for (const id of expected) if (!ids.includes(id)) problems.push(`${what}: no record for ${id}`);
  };
  check("key point", contactKeyPointSchema, data.keyPoints, KEY_POINT_IDS);
  check("judgement", contactJudgementSchema, data.judgements, JUDGEMENT_IDS);
  check("reply", contactReplySchema, data.replies, REPLY_IDS);
  check("channel", contactChannelSchema, data.channels, CHANNEL_IDS);
  check("action", contactActionSchema, data.actions, ACTION_IDS);

  // The channel order on the page is the order the tailoring uses.
  const channelOrder = data.channels.map((c) => c.id).join(",");
  if (channelOrder !== CHANNEL_IDS.join(",")) problems.push(`channels are not in the order ${CHANNEL_IDS.join(", ")}`);

  const sourceIds = new Set(site.sources.map((s) => s.id));
  const ruleIds = new Set(site.collectionRules.map((r) => r.id));
  const contactAdvice = new Set(site.advice.filter((a) => a.audience.includes("contact")).map((a) => a.id));
  const refs = (what: string, record: { id: string; citations?: readonly Citation[]; rules?: readonly string[]; advice?: string }) => {
    for (const c of record.citations ?? []) if (!sourceIds.has(c.source)) problems.push(`${what} ${record.id} cites unknown source ${c.source}`);
    for (const r of record.rules ?? []) if (!ruleIds.has(r)) problems.push(`${what} ${record.id} names unknown rule ${r}`);
    if (record.advice !== undefined && !contactAdvice.has(record.advice))
      problems.push(`${what} ${record.id} names advice ${record.advice}, which is not written for contacts`);
  };
  data.keyPoints.forEach((r) => refs("key point", r));
  data.judgements.forEach((r) => refs("judgement", r));
  data.replies.forEach((r) => refs("reply", r));
  data.channels.forEach((r) => refs("channel", r));
  data.actions.forEach((r) => refs("action", r));
  refs("call text", { id: "message", citations: data.callTexts.citations.message });
  refs("call text", { id: "complaint", citations: data.callTexts.citations.complaint });
  for (const r of data.ruleIds) {
    const rule = site.collectionRules.find((x) => x.id === r);
    if (!rule) problems.push(`rule list names unknown rule ${r}`);
    else if (!rule.audience.includes("contact")) problems.push(`rule list names ${r}, which is not written for contacts`);
  }
  if (!contactAdvice.has(data.warningAdviceId)) problems.push(`warning advice ${data.warningAdviceId} is not written for contacts`);
  return problems;
}
