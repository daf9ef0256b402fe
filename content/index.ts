/**
 * The one loader, `@/content`: the only way into content/ from outside it, and the only
 * module that reads its files (tests/unit/static/layers.test.ts fails on any other). It
 * bundles the data, validates each part once per process with zod and the cross-checks
 * (lib/content/content-problems.ts, call-log-rule-problems.ts, several-debts-problems.ts,
 * lib/emergency-contact/contact-problems.ts, lib/questions/library.ts), and throws with every
 * problem listed, so `next build` fails on bad content. It sits above lib/: lib/ never
 * imports it, and receives content from here as an argument (pages, server components)
 * or, in the browser, from `/content.json` and props.
 */
import "server-only";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { advice } from "@/content/advice";
import { callLogRules } from "@/content/call-log-rules";
import { collectionRules } from "@/content/collection-rules";
import { consequences } from "@/content/consequences";
import { contactActions, contactChannels, contactJudgements, contactKeyPoints, contactRuleIds, contactWarningAdviceId } from "@/content/emergency-contact-guidance";
import { contactCallTexts, contactReplies } from "@/content/emergency-contact-replies";
import { events } from "@/content/events";
import { factors } from "@/content/factors";
import { helpLines } from "@/content/help-lines";
import { severalDebts } from "@/content/several-debts";
import { sources } from "@/content/sources";
import { stages } from "@/content/stages";
import { toolkitTexts } from "@/content/templates";
import { callLogComplaints } from "@/content/templates/call-log-complaints";
import { complaintLadder } from "@/content/complaint-ladder";
import type { LadderContent, Role } from "@/lib/schema/call-log";
import { findContactProblems } from "@/lib/emergency-contact/contact-problems";
import type { ContactContent } from "@/lib/schema/emergency-contact";
import { findCallLogRuleProblems } from "@/lib/content/call-log-rule-problems";
import { findContentProblems } from "@/lib/content/content-problems";
import { findSeveralDebtsProblems } from "@/lib/content/several-debts-problems";
import type { Content } from "@/lib/schema/content";
import type { LetterTemplate, ToolkitTexts } from "@/lib/schema/templates";
import { questionLibrary, type Question } from "@/lib/questions/library";

/** The engine's content as written, before validation: for tests that check the checks. Pages use `loadContent`. */
export const content: Content = { sources, stages, events, factors, consequences, advice, collectionRules, helpLines };

/** The emergency-contact page's content as written, before validation. */
export const contactContent: ContactContent = {
  keyPoints: contactKeyPoints,
  judgements: contactJudgements,
  replies: contactReplies,
  channels: contactChannels,
  actions: contactActions,
  ruleIds: contactRuleIds,
  warningAdviceId: contactWarningAdviceId,
  callTexts: contactCallTexts,
};

function once<T>(what: string, data: T, problemsOf: () => string[]): () => T {
  let checked = false;
  return () => {
    if (!checked) {
      const problems = problemsOf();
      if (problems.length > 0) throw new Error(`${what} is invalid:\n${problems.join("\n")}`);
      checked = true;
    }
    return data;
  };
}

/** The engine's content (sources, stages, events, factors, consequences, advice, rules), validated. */
export const loadContent = once("content", content, () => findContentProblems(content));

/** The 来电记录's checkable rules, validated against the collection rules and sources. */
export const loadCallLogRules = once("call-log rules", callLogRules, () => [...findContentProblems(content), ...findCallLogRuleProblems(callLogRules, content)]);

/** The emergency-contact page's content, validated against the engine's. */
export const loadContactContent = once("emergency-contact content", contactContent, () => [
  ...findContentProblems(content),
  ...findContactProblems(contactContent, content),
]);

/** The several-debts page's risk texts and what the sources support, validated against the sources. */
export const loadSeveralDebtsContent = once("several-debts content", severalDebts, () => [
  ...findContentProblems(content),
  ...findSeveralDebtsProblems(severalDebts, content),
]);

/** The letters, scripts, fields and plan texts of /plan. */
export function loadToolkitTexts(): ToolkitTexts {
  return toolkitTexts;
}

/** The complaints /call-log builds from a log: the lender first, then 12378. */
export function loadCallLogComplaints(): Record<Role, LetterTemplate[]> {
  return callLogComplaints;
}

/** The complaint ladder's answer periods and texts. */
export function loadComplaintLadder(): LadderContent {
  return complaintLadder;
}

/** Where the Q&A pages are written, as Markdown with front matter. */
export const QUESTIONS_DIR = join(process.cwd(), "content", "questions");

/** Each `content/questions/*.md` as written, by file name; lib/questions/library.ts parses and checks them. */
export function loadQuestionFiles(): { file: string; text: string }[] {
  return readdirSync(QUESTIONS_DIR)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(QUESTIONS_DIR, file), "utf8") }));
}

let questions: Question[] | null = null;

/** The Q&A pages, parsed and checked against the validated content; sorted by topic order then `order`. */
export function loadQuestions(): Question[] {
  questions ??= questionLibrary(loadQuestionFiles(), { content: loadContent(), callLogRules: loadCallLogRules() });
  return questions;
}

export function getQuestion(slug: string): Question | undefined {
  return loadQuestions().find((q) => q.slug === slug);
}

export function questionsCitingSource(sourceId: string): Question[] {
  return loadQuestions().filter((q) => q.citedSources.includes(sourceId));
}
