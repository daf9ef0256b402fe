/**
 * Letters and scripts as data: blocks of text with `{{field}}` placeholders. A block
 * that rests on a dated source is left out when that source is not in force on `today`.
 */
import type { Citation } from "@/lib/schema/content";

/** Values the page derives from the user's answers; never asked for. */
export const AUTO_FIELDS = ["productName", "amount", "daysOverdue", "dueDate", "today"] as const;
export type AutoField = (typeof AUTO_FIELDS)[number];

/** Values the user types; each has a prompt for when it is missing. */
export const INPUT_FIELDS = [
  "borrowerName",
  "phoneTail",
  "lenderName",
  "reason",
  "proposedAmount",
  "proposedDate",
  "contactName",
  "contactPhone",
  "requestDate",
  "requestChannel",
  "whatHappened",
] as const;
export type InputField = (typeof INPUT_FIELDS)[number];

export type FieldKind = "text" | "long-text" | "phone-tail" | "phone" | "money" | "date-from-today" | "date-until-today";

export type InputFieldSpec = {
  label: string;
  hint?: string;
  kind: FieldKind;
  /** "请填写…": shown beside the field and in the list of what is missing. */
  prompt: string;
  /** Prefilled suggestion the user can change (for example the lender's registered name). */
  suggestion?: string;
};

export type TemplateBlock = { text: string; onlyIfInForce?: string };

export type LetterTemplate = {
  id: string;
  title: string;
  /** Who it is for and how to use it, shown above the preview. */
  purpose: string;
  fileName: string;
  blocks: TemplateBlock[];
  /** The template is offered only while these sources are in force. */
  requiresInForce: string[];
  citations: Citation[];
};

/** The plan's steps that do not depend on a date the user gave; the wording is content/templates/plan-content.ts. */
export type PlanStepKey = "checkBill" | "callService" | "confirmAgreement" | "tellContact" | "startRecords" | "repayment" | "followUp" | "nextEvent" | "creditReport" | "ifLinesCrossed";

export type PlanStepText = {
  title: string;
  detail: string;
  citations: Citation[];
  link?: { href: string; label: string };
  /** The letter or script on this page the step points to ("本页的…"); the printed plan prints it. */
  template?: string;
};

export type PlanChannel = { name: string; number: string; when: string; citations: Citation[] };

/** The plan's fixed texts together, as `buildPlan` takes them. */
export type PlanTexts = { steps: Record<PlanStepKey, PlanStepText>; evidence: { items: string[]; citations: Citation[] }; channels: PlanChannel[] };

/** A yearly percentage that a source gives, with the citations for it. */
export type CitedAnnualPercent = { annualPercent: number; citations: Citation[] };

/** Everything the toolkit's client components need from content/templates/. Plain data, serialisable as props. */
export type ToolkitTexts = {
  templates: LetterTemplate[];
  fieldSpecs: Record<InputField, InputFieldSpec>;
  /** The plan's follow-up date. */
  followUpSpec: InputFieldSpec;
  plan: PlanTexts;
  /** The courts' reference for all charges on a financial loan together (secondary source). */
  courtReference: CitedAnnualPercent;
};
