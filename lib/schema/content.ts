/**
 * The shapes of the product's knowledge: sources, and every claim that cites them.
 *
 * These schemas run at build time (server components load content through
 * `loadContent`) and in the tests. The browser never runs them: client code
 * imports the same data with these types only, so full zod stays out of the bundle.
 */
import { z } from "zod";
import { CHANNELS as LOG_CHANNELS, FLAGS as LOG_FLAGS } from "@/lib/schema/call-log";
import { ANSWER_VALUES } from "@/lib/schema/situation-answers";
import { LIKELIHOOD_SCALE } from "@/lib/schema/likelihood-scale";

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "ids are kebab-case");
const isoDate = z.iso.date();
const text = z.string().trim().min(2);

export const sourceKindSchema = z.enum([
  "article",
  "product-terms",
  "law",
  "regulation",
  "court-rule",
  "national-standard",
  "industry-guideline",
  "news",
  "public-service",
]);

/** How far a source can be trusted, as recorded in shared/DOMAIN-FACTS.md. */
export const trustSchema = z.enum(["official-text", "secondary", "third-party-article"]);

export const sourceSchema = z
  .object({
    id,
    title: text,
    /** The title exactly as published, set only by the Traditional build (build/traditional/build.mjs), whose `title` is converted. */
    publishedTitle: z.string().optional(),
    publisher: text,
    author: z.string().optional(),
    /** Publication or adoption date; null when the source gives none. */
    date: isoDate.nullable(),
    dateNote: z.string().optional(),
    language: z.enum(["zh-Hans", "zh-Hant", "en"]),
    kind: sourceKindSchema,
    trust: trustSchema,
    url: z.url().optional(),
    /** For rules: the first day they apply, and the last day before a newer text replaced them. */
    effectiveFrom: isoDate.optional(),
    effectiveUntil: isoDate.optional(),
    summary: text,
    weightNote: text,
  })
  .refine((s) => !s.effectiveFrom || !s.effectiveUntil || s.effectiveFrom <= s.effectiveUntil, {
    message: "effectiveFrom must not be after effectiveUntil",
  });

export const citationSchema = z.object({
  source: id,
  /** Section, article or paragraph the point comes from. */
  where: z.string().optional(),
});
const citations = z.array(citationSchema).min(1, "every claim cites at least one source");

/**
 * Which articles support a sentence that speaks for several of them ("these articles all say…").
 * `says` is a part of that sentence; a content test fails when a sentence says
 * 普遍/都/一般/多数/大多 about the articles and fewer than three of them are listed here.
 */
export const articleSupportSchema = z.array(z.object({ says: text, articles: z.array(id).min(1) }));

export const whoSchema = z.enum([
  "borrower",
  "emergency-contact",
  "family",
  "friends-colleagues",
  "co-borrower",
  "agency",
  "court",
]);
export const channelSchema = z.enum([
  "app-notice",
  "sms",
  "phone",
  "social-app",
  "lawyer-letter",
  "home-visit",
  "lawsuit",
]);

/** A word on the likelihood scale (lib/schema/likelihood-scale.ts). */
export const likelihoodSchema = z.enum(LIKELIHOOD_SCALE);

/** A condition on the user's answers that a factor applies under. */
export const conditionSchema = z.discriminatedUnion("answer", [
  z.object({ answer: z.literal("history"), in: z.array(z.enum(ANSWER_VALUES.history)).min(1) }),
  z.object({ answer: z.literal("contact"), in: z.array(z.enum(ANSWER_VALUES.contact)).min(1) }),
  z.object({ answer: z.literal("emergencyContact"), in: z.array(z.enum(ANSWER_VALUES.emergencyContact)).min(1) }),
  z.object({ answer: z.literal("partialRepayment"), in: z.array(z.enum(ANSWER_VALUES.partialRepayment)).min(1) }),
  z.object({ answer: z.literal("guarantor"), in: z.array(z.enum(ANSWER_VALUES.guarantor)).min(1) }),
  z.object({ answer: z.literal("product"), in: z.array(z.enum(ANSWER_VALUES.product)).min(1) }),
  z.object({
    answer: z.literal("amount"),
    /** Yuan, inclusive lower bound. */
    atLeast: z.number().nonnegative().optional(),
    /** Yuan, exclusive upper bound. */
    below: z.number().positive().optional(),
  }),
]);

/**
 * Marks a threshold this site chose itself, not one a source gives (the ¥1,000 and
 * ¥10,000 amount lines, a stage boundary of ours). Where it is shown, its text says
 * 本站的划分 (content-problems.ts checks; tests/unit/content/own-cutoffs.test.ts checks
 * that every number shown is a source's figure or so marked).
 */
export const OWN_CUTOFF_WORDS = "本站的划分";
const ownCutoffSchema = z.object({ chosenBy: z.literal("this-site"), why: text });

/** A fact about how one of the user's answers affects collection, with its sources. */
export const factorSchema = z.object({
  id,
  when: conditionSchema,
  /** Set when the threshold in `when` is this site's own; the label then says 本站的划分. */
  ownCutoff: ownCutoffSchema.optional(),
  /** How the answer reads back to the user, e.g. "您的还款记录是「多次逾期」". */
  label: text,
  explanation: text,
  citations,
  articleSupport: articleSupportSchema.optional(),
});

/** What one source says about when an event starts. */
export const sourceFigureSchema = z
  .object({
    source: id,
    where: z.string().optional(),
    /** First day the source puts the event at; null when it gives no day. */
    fromDay: z.number().int().nonnegative().nullable(),
    toDay: z.number().int().nonnegative().nullable(),
    /** The figure in our words, e.g. "宽限期约14天，过后才联系". */
    says: text,
    /** The source's own modal word, exactly as it is written there (e.g. 有可能, 并不常見). */
    word: z.string().trim().min(1),
    /** How this product reads that word on the scale; the same word always reads the same. */
    reads: likelihoodSchema,
  })
  .refine((f) => f.fromDay === null || f.toDay === null || f.fromDay <= f.toDay, {
    message: "fromDay must not be after toDay",
  });

export const adjustmentSchema = z.object({
  factor: id,
  /** Days the window start moves: negative is earlier. */
  shiftDays: z.number().int(),
  /** Steps the likelihood moves along the scale: -2..2. */
  likelihoodStep: z.number().int().min(-2).max(2),
  /**
   * The passage, among the factor's own citations, that ties this answer to this event.
   * Without one the answer may not move the event (the engine ignores the adjustment
   * and the content check reports it).
   */
  because: citationSchema,
});

/** An answer that leaves the event open: say what it depends on instead of guessing. */
export const dependsSchema = z.object({
  when: conditionSchema,
  /** What it turns on, e.g. whether anyone signed as co-borrower. */
  text,
  citations,
});

/** A rule shown on the card itself, beside what the articles describe. */
export const pinnedRuleSchema = z.object({
  rule: id,
  /** What some articles describe instead, with their citations. */
  articlesSay: text,
  citations,
  /** The summary repeats it for these answers. */
  inSummaryWhen: conditionSchema,
});

export const eventRuleSchema = z.object({
  id,
  who: whoSchema,
  channels: z.array(channelSchema).min(1),
  title: text,
  description: text,
  citations,
  figures: z.array(sourceFigureSchema).min(1),
  /** Where no source gives a day, where we place the event and why; always this site's own, so the note says 本站的划分. */
  placement: z
    .object({ fromDay: z.number().int().nonnegative(), toDay: z.number().int().nonnegative().nullable(), note: text })
    .optional(),
  /**
   * Where the estimate starts before any answer moves it; it is always kept between the
   * weakest and the strongest word of the sources that speak about the day in question.
   */
  baseLikelihood: likelihoodSchema,
  adjustments: z.array(adjustmentSchema),
  depends: z.array(dependsSchema).default([]),
  pinnedRule: pinnedRuleSchema.optional(),
  /** The event is left out unless this holds (e.g. only when a co-borrower exists). */
  onlyIf: conditionSchema.optional(),
  /** Collection rules that limit what this event may involve. */
  rules: z.array(id),
});

/** A cited sentence: one point of a reassurance block or a help list. */
export const citedPointSchema = z.object({ text, citations });

export const stageSchema = z.object({
  id,
  name: text,
  fromDay: z.number().int().nonnegative(),
  toDay: z.number().int().nonnegative().nullable(),
  /** Set when a boundary is this site's own rather than a source's day; the name then says 本站的划分. */
  ownCutoff: ownCutoffSchema.optional(),
  summary: text,
  citations,
  articleSupport: articleSupportSchema.optional(),
  /** For the heavy stages (起诉, 执行): what is still true and where free help is, shown beside the stage. */
  reassurance: z.object({ title: text, points: z.array(citedPointSchema).min(1) }).optional(),
});

/** One line of free human help (/help, the footer): a number to dial, what it is for, its hours, where it serves. */
export const helpLineSchema = z.object({
  id,
  number: z.string().regex(/^\d{3,5}$/),
  name: text,
  for: text,
  /** Hours where a source gives them; null when they differ by region or no source says. */
  hours: z.string().nullable(),
  /** Where the number can be dialled: the mainland, Hong Kong or Taiwan. */
  serves: z.enum(["mainland", "hong-kong", "taiwan"]),
  citations,
});

export const consequenceSchema = z.object({
  id,
  title: text,
  body: text,
  /** Day from which it applies; it keeps applying after. */
  fromDay: z.number().int().nonnegative(),
  kind: z.enum(["money", "credit", "legal", "access"]),
  /**
   * True when the sources state it as what happens (the contract's 罚息), so the
   * timeline may say 已经开始; otherwise they say 可能 and so does the tag.
   */
  stated: z.boolean().optional(),
  citations,
  articleSupport: articleSupportSchema.optional(),
});

export const adviceSchema = z.object({
  id,
  title: text,
  body: text,
  steps: z.array(text).default([]),
  audience: z.array(z.enum(["borrower", "contact"])).min(1),
  /** Stages this advice fits; the timeline picks it for the current and next stage. */
  stages: z.array(id),
  /** Lower sorts first within a stage. */
  priority: z.number().int(),
  citations,
  articleSupport: articleSupportSchema.optional(),
});

/**
 * One statement of a collection rule and the one source that makes it true. Rules are
 * dated clause by clause: a statement is shown only while its own source is in force,
 * so a guideline's limits never appear on a date before the guideline existed.
 */
export const ruleStatementSchema = z.object({
  text,
  basis: citationSchema,
});

/** What collection rules allow or forbid: shown beside what the articles report. */
export const collectionRuleSchema = z.object({
  id,
  /** Must stay true whichever of the rule-text statements below are in force. */
  title: text,
  statements: z.array(ruleStatementSchema).min(1),
  audience: z.array(z.enum(["borrower", "contact"])).min(1),
});

const hour = z.number().int().min(0).max(23);
const logChannels = z.array(z.enum(LOG_CHANNELS)).min(1);

/** What a 来电记录 check tests; every number here must appear in its collection rule's text (tests/unit/content/call-log-rules.test.ts). */
export const callLogCheckSchema = z.discriminatedUnion("kind", [
  /** A contact by these channels between fromHour (inclusive) and untilHour (exclusive), across midnight. */
  z.object({ kind: z.literal("quiet-hours"), fromHour: hour, untilHour: hour, channels: logChannels }),
  /**
   * More than `max` contacts by these channels on one day: to the borrower (`debtor`), or
   * to one phone number (`each-number`: by the number called when recorded; see check.ts).
   */
  z.object({
    kind: z.literal("daily-limit"),
    max: z.number().int().positive(),
    channels: logChannels,
    to: z.enum(["debtor", "each-number"]),
  }),
  /**
   * A third party contacted although the borrower was not out of contact: the borrower
   * answered a call within the `withinDays` days before, and fewer than
   * `unreachableAttempts` calls to the borrower went unanswered since.
   */
  z.object({ kind: z.literal("third-party-while-reachable"), withinDays: z.number().int().positive(), unreachableAttempts: z.number().int().positive() }),
  /** A visit (or a ticked 「上门了」) where fewer than `minPeople` came, when the number was recorded. */
  z.object({ kind: z.literal("visit-people"), minPeople: z.number().int().positive() }),
  /** An entry with any of these boxes ticked (for `to: "third-party"`, only when someone else was contacted). */
  z.object({ kind: z.literal("flag"), flags: z.array(z.enum(LOG_FLAGS)).min(1), to: z.enum(["anyone", "third-party"]) }),
]);

/** A machine-checkable part of a collection rule, for the 来电记录 (content/call-log-rules.ts). */
export const callLogRuleSchema = z.object({
  id,
  /** The collection rule (content/collection-rules.ts) whose text states this limit. */
  collectionRule: id,
  /** What a finding says was possibly not followed, short. */
  label: text,
  check: callLogCheckSchema,
  /** A finding of this rule shows 110 beside it (threats, impersonation, visits). */
  police: z.boolean().optional(),
  citations,
});

export type Source = z.infer<typeof sourceSchema>;
export type SourceKind = z.infer<typeof sourceKindSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type Who = z.infer<typeof whoSchema>;
export type Channel = z.infer<typeof channelSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type Factor = z.infer<typeof factorSchema>;
export type SourceFigure = z.infer<typeof sourceFigureSchema>;
export type EventRule = z.input<typeof eventRuleSchema>;
export type Stage = z.infer<typeof stageSchema>;
export type HelpLine = z.infer<typeof helpLineSchema>;
export type Consequence = z.infer<typeof consequenceSchema>;
export type Advice = z.input<typeof adviceSchema>;
export type CollectionRule = z.infer<typeof collectionRuleSchema>;
export type RuleStatement = z.infer<typeof ruleStatementSchema>;
export type Adjustment = z.infer<typeof adjustmentSchema>;
export type Depends = z.infer<typeof dependsSchema>;
export type PinnedRule = z.infer<typeof pinnedRuleSchema>;
export type CallLogCheck = z.infer<typeof callLogCheckSchema>;
export type CallLogRule = z.infer<typeof callLogRuleSchema>;

/** All of the engine's knowledge: what content/ holds, what the loader (content/index.ts) validates. */
export type Content = {
  sources: Source[];
  stages: Stage[];
  events: EventRule[];
  factors: Factor[];
  consequences: Consequence[];
  advice: Advice[];
  collectionRules: CollectionRule[];
  helpLines: HelpLine[];
};
