/**
 * The wording behind every id the questionnaire's answer can show, with citations
 * resolved to short names: the body of `/emergency-contact/answers.json`. The page
 * itself sends only the questions; the browser fetches these texts once, when the
 * contact starts answering, so they never weigh on the page's first round trip.
 */
import type { Source } from "@/lib/schema/content";
import type { CallTextParts } from "@/lib/schema/emergency-contact";
import type { ActionId, ChannelId, JudgementId, ReplyId, Verdict } from "@/lib/schema/emergency-contact-ids";
import type { CitedItem, ContactPageData } from "@/lib/emergency-contact/page-data";
import { shortCitations, type ShortCitation } from "@/lib/emergency-contact/short-titles";

export type AnswerCard = { title: string; body: string; citations: ShortCitation[]; rules: { id: string; title: string }[] };
export type AnswerChannel = { name: string; reach: string; citations: ShortCitation[] };

export type AnswerTexts = {
  judgements: Partial<Record<JudgementId, AnswerCard & { verdict: Verdict }>>;
  actions: Partial<Record<ActionId, AnswerCard>>;
  channels: Partial<Record<ChannelId, AnswerChannel>>;
  replyTitles: Partial<Record<ReplyId, string>>;
  callTexts: CallTextParts & { citations: { message: ShortCitation[]; complaint: ShortCitation[] } };
};

export function answerTexts(data: ContactPageData, sources: readonly Pick<Source, "id" | "title">[]): AnswerTexts {
  const card = (item: CitedItem): AnswerCard => ({
    title: item.title,
    body: item.body,
    citations: shortCitations(item.citations, sources),
    rules: item.rules,
  });
  return {
    judgements: Object.fromEntries(data.judgements.map((j) => [j.id, { ...card(j), verdict: j.verdict }])),
    actions: Object.fromEntries(data.actions.map((a) => [a.id, card(a)])),
    channels: Object.fromEntries(
      data.channels.map((c) => [c.id, { name: c.name, reach: c.reach, citations: shortCitations(c.citations, sources) }]),
    ),
    replyTitles: Object.fromEntries(data.replies.map((r) => [r.id, r.title])),
    callTexts: {
      ...data.callTexts,
      citations: {
        message: shortCitations(data.callTexts.citations.message, sources),
        complaint: shortCitations(data.callTexts.citations.complaint, sources),
      },
    },
  };
}
