/**
 * The personal action plan: steps for today, this week and this month, dated from the
 * assessment and from the dates the user gave (a promised repayment, a follow-up call).
 * Pure: `today`, the content's `sources` and the fixed texts (`planTexts` from
 * content/templates) come in, and every citation is filtered by what is in force on that day.
 */
import type { Citation } from "@/lib/schema/content";
import type { PlanStepText, PlanTexts } from "@/lib/schema/templates";
import { daysBetween, type IsoDate } from "@/lib/dates/iso-date";
import type { Assessment } from "@/lib/engine/types";
import { citationsInForce, type SourceDates } from "@/lib/engine/in-force";

export type PlanBucket = "today" | "week" | "month" | "later";

export const BUCKET_LABELS: Record<PlanBucket, string> = {
  today: "今天",
  week: "这一周",
  month: "这个月",
  later: "更远的日期",
};

const BUCKET_ORDER: readonly PlanBucket[] = ["today", "week", "month", "later"];

/** How far ahead the plan looks for the next event on the timeline. */
const NEXT_EVENT_HORIZON_DAYS = 90;

export type PlanStep = {
  id: string;
  bucket: PlanBucket;
  /** The day it is due; null for "some time in this period". */
  date: IsoDate | null;
  title: string;
  detail: string;
  citations: Citation[];
  /** Goes into the calendar file with reminders. */
  remind: boolean;
  link?: { href: string; label: string };
  /** The letter or script on the page this step points to. */
  template?: string;
};

export type PlanInputs = {
  /** Already checked by the form: valid dates not before today, amount as "¥2,000.00". */
  promisedDate?: IsoDate;
  promisedAmount?: string;
  followUpDate?: IsoDate;
};

export type Plan = {
  today: IsoDate;
  steps: PlanStep[];
  evidence: { items: string[]; citations: Citation[] };
  channels: { name: string; number: string; when: string; citations: Citation[] }[];
};

/** 0 → today, 1–7 → this week, 8–30 → this month, later beyond. */
export function bucketFor(date: IsoDate, today: IsoDate): PlanBucket {
  const d = daysBetween(today, date);
  if (d <= 0) return "today";
  if (d <= 7) return "week";
  if (d <= 30) return "month";
  return "later";
}

/** What the plan is built from besides the answers: the content's sources and the plan's texts. */
export type PlanMaterial = { sources: readonly SourceDates[]; texts: PlanTexts };

/**
 * @example buildPlan(assess(situation, "2026-11-22", content), { promisedDate: "2026-11-29" }, "2026-11-22", { sources: content.sources, texts: planTexts })
 *   .steps.find((s) => s.id === "promised-repayment")?.bucket // "week"
 */
export function buildPlan(a: Assessment, inputs: PlanInputs, today: IsoDate, { sources, texts }: PlanMaterial): Plan {
  const { steps: planSteps, evidence, channels } = texts;
  const steps: PlanStep[] = [];
  const add = (id: string, text: PlanStepText, date: IsoDate | null, bucket: PlanBucket, remind: boolean, citations = text.citations) => {
    steps.push({
      id,
      bucket: date ? bucketFor(date, today) : bucket,
      date,
      title: text.title,
      detail: text.detail,
      citations: citationsInForce(citations, today, sources),
      remind,
      ...("link" in text && text.link ? { link: text.link } : {}),
      ...(text.template ? { template: text.template } : {}),
    });
  };
  const s = a.situation;

  add("check-bill", planSteps.checkBill, null, "today", false);
  if (s.contact === "negotiating") add("confirm-agreement", planSteps.confirmAgreement, null, "today", false);
  else add("call-service", planSteps.callService, null, "today", false);
  if (s.emergencyContact !== "no") add("tell-contact", planSteps.tellContact, null, "today", false);
  add("start-records", planSteps.startRecords, null, "today", false);

  if (inputs.promisedDate && inputs.promisedDate >= today) {
    const title = inputs.promisedAmount ? `还款 ${inputs.promisedAmount}` : planSteps.repayment.title;
    add("promised-repayment", { ...planSteps.repayment, title }, inputs.promisedDate, "week", true);
  }
  if (inputs.followUpDate && inputs.followUpDate >= today) {
    add("follow-up-call", planSteps.followUp, inputs.followUpDate, "week", true);
  }
  const next = a.nextEvent;
  if (next && next.window.fromDate > today && daysBetween(today, next.window.fromDate) <= NEXT_EVENT_HORIZON_DAYS) {
    const text = { ...planSteps.nextEvent, title: `「${next.title}」最早可能从这天开始` };
    add("next-event", text, next.window.fromDate, "month", true, next.citations);
  }

  add("credit-report", planSteps.creditReport, null, "month", false);
  add("if-lines-crossed", planSteps.ifLinesCrossed, null, "month", false);

  const rank = (step: PlanStep) => BUCKET_ORDER.indexOf(step.bucket);
  steps.sort((x, y) => rank(x) - rank(y) || (x.date ?? "9999").localeCompare(y.date ?? "9999"));

  return {
    today,
    steps,
    evidence: { items: evidence.items, citations: citationsInForce(evidence.citations, today, sources) },
    channels: channels.map((c) => ({ ...c, citations: citationsInForce(c.citations, today, sources) })),
  };
}

/** The letters and scripts the plan's steps point to, once each, in the plan's order: the printed plan includes them. */
export function templatesCalledFor(plan: Plan): string[] {
  return [...new Set(plan.steps.flatMap((s) => (s.template ? [s.template] : [])))];
}
