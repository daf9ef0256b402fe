/**
 * The shapes of what the emergency-contact page says. Every record cites sources;
 * records may also name collection rules (content/collection-rules.ts) or advice
 * (content/advice.ts) they rest on, so a rule is written once and reused.
 * Runs at build time (the page is a server component) and in the tests; never in
 * the browser.
 */
import { z } from "zod";
import { citationSchema, type Citation } from "@/lib/schema/content";
import type { Caller, Found, Refused, Said } from "@/lib/schema/emergency-contact-answers";
import { ACTION_IDS, CHANNEL_IDS, JUDGEMENT_IDS, KEY_POINT_IDS, REPLY_IDS } from "@/lib/schema/emergency-contact-ids";

z.config({ jitless: true });

const ruleId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "ids are kebab-case");
const text = z.string().trim().min(2);
const citations = z.array(citationSchema).min(1, "every claim cites at least one source");

/** One of the three answers on the first screen. */
export const contactKeyPointSchema = z.object({
  id: z.enum(KEY_POINT_IDS),
  heading: text,
  body: text,
  citations,
  /** Collection rules this point rests on; their citations are shown with it. */
  rules: z.array(ruleId).default([]),
});

/** What one answer about the call means: normal, the contact's right, or over the line. */
export const contactJudgementSchema = z.object({
  id: z.enum(JUDGEMENT_IDS),
  title: text,
  /** Why: in plain words, with the rule behind it. */
  body: text,
  citations,
  rules: z.array(ruleId).default([]),
});

/** A ready-to-use reply the contact can copy. */
export const contactReplySchema = z.object({
  id: z.enum(REPLY_IDS),
  title: text,
  /** When to use it. */
  use: text,
  /** The words to copy, as the contact would say or send them. */
  text,
  citations,
  rules: z.array(ruleId).default([]),
});

/** Where to complain; the array order is the order to try them. */
export const contactChannelSchema = z.object({
  id: z.enum(CHANNEL_IDS),
  name: text,
  /** Official numbers only; never a person's details. */
  reach: text,
  when: text,
  citations,
});

/** A next step. Either written here or reused from the advice catalogue. */
export const contactActionSchema = z.union([
  z.object({ id: z.enum(ACTION_IDS), advice: ruleId }),
  z.object({ id: z.enum(ACTION_IDS), title: text, body: text, citations, rules: z.array(ruleId).default([]) }),
]);

export type ContactKeyPoint = z.input<typeof contactKeyPointSchema>;
export type ContactJudgement = z.input<typeof contactJudgementSchema>;
export type ContactReply = z.input<typeof contactReplySchema>;
export type ContactChannel = z.infer<typeof contactChannelSchema>;
export type ContactAction = z.input<typeof contactActionSchema>;

/** The pieces the contact's message and complaint are written from (lib/emergency-contact/call-texts.ts); the wording is content/emergency-contact-replies.ts. */
export type CallTextParts = {
  /** Who called, as the texts name them: {who}. `unknown` when the contact did not say. */
  who: Record<Caller | "unknown", string>;
  /** The message to the borrower, with {who}. */
  message: string;
  complaint: {
    opening: string;
    /** With {who}. */
    call: string;
    /** With {n}. */
    count: string;
    night: string;
    said: Record<Said, string>;
    refused: Partial<Record<Refused, string>>;
    found: Partial<Record<Found, string>>;
    ask: string;
  };
};

/** The emergency-contact page's content as one bundle: content/emergency-contact-guidance.ts and content/emergency-contact-replies.ts. */
export type ContactContent = {
  keyPoints: ContactKeyPoint[];
  judgements: ContactJudgement[];
  replies: ContactReply[];
  channels: ContactChannel[];
  actions: ContactAction[];
  ruleIds: string[];
  warningAdviceId: string;
  callTexts: CallTextParts & { citations: { message: Citation[]; complaint: Citation[] } };
};
