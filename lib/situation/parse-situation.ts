/**
 * From raw answers (form or link) and today's date to a validated situation, or to
 * field-level errors in plain Chinese. Never throws.
 */
import type { Product, History, ContactStatus, EmergencyContactGiven, PartialRepayment, Guarantor } from "@/lib/schema/situation-answers";
import { daysOverdueSince, dueDateFor, formatChineseDate, type IsoDate } from "@/lib/dates/iso-date";
import { readNumber } from "@/lib/situation/normalize-number";
import { halfWidth } from "@/lib/text/half-width";
import {
  FIELD_NAMES,
  MAX_DAYS,
  SCHEMA_KEY_TO_FIELD,
  situationFieldsSchema,
  type FieldName,
  type RawAnswers,
  type SituationFields,
} from "@/lib/situation/situation-schema";
import { overdueDay } from "@/lib/format/labels";

export type Situation = {
  product: Product;
  daysOverdue: number;
  dueDate: IsoDate;
  amountFen: number;
  history: History;
  contact: ContactStatus;
  emergencyContact: EmergencyContactGiven;
  partialRepayment: PartialRepayment;
  guarantor: Guarantor;
  dailyRatePercent: number | undefined;
};

export type FieldError = { field: FieldName; message: string };

export type SituationResult =
  | { ok: true; situation: Situation }
  | { ok: false; errors: FieldError[]; valid: RawAnswers };

/** Longest text accepted in one field: enough for any honest answer. */
const MAX_FIELD_LENGTH = 40;

/** Read text into the values the schema checks; unreadable text stays text so the schema names the problem. */
function readFields(raw: RawAnswers, readWords?: (text: string) => number): Record<string, unknown> {
  const text = (field: FieldName): string | undefined => {
    const value = raw[field];
    if (value === undefined) return undefined;
    const trimmed = halfWidth(value, "number").trim();
    return trimmed === "" ? undefined : trimmed;
  };
  const number = (field: FieldName, unit?: "元" | "天"): number | string | undefined => {
    const value = text(field);
    if (value === undefined) return undefined;
    const reading = readNumber(value, unit, readWords);
    return reading.ok ? reading.value : value;
  };
  const rate = text("rate");
  return {
    product: text("product"),
    days: number("days", "天"),
    due: text("due"),
    amountYuan: number("amount", "元"),
    history: text("history"),
    contact: text("contact"),
    emergencyContact: text("ec"),
    partialRepayment: text("partial"),
    guarantor: text("guarantor"),
    dailyRatePercent: rate === undefined ? undefined : number("rate"),
  };
}

/** Check the day count and the due date against each other and against today. */
function resolveDates(fields: SituationFields, today: IsoDate): { days: number; due: IsoDate } | FieldError {
  if (fields.due !== undefined) {
    const days = daysOverdueSince(fields.due, today);
    if (days < 0) {
      return { field: "due", message: `应还款日不能晚于今天（${formatChineseDate(today)}）；还没到还款日，现在还不算逾期` };
    }
    if (days > MAX_DAYS) return { field: "due", message: "应还款日距今超过10年，请检查年份" };
    if (fields.days !== undefined && fields.days !== days) {
      return { field: "days", message: `逾期天数和应还款日对不上：按应还款日算，今天是${overdueDay(days)}` };
    }
    return { days, due: fields.due };
  }
  if (fields.days !== undefined) {
    return { days: fields.days, due: dueDateFor(fields.days, today) };
  }
  return { field: "days", message: "请填写逾期天数，或选择应还款日" };
}

/**
 * `readWords` reads numbers in words (readChineseNumber): the form passes it, link readers
 * need not (see readNumber).
 * @example parseSituation({ product: "jiebei", days: "20", amount: "2万", history: "occasional", contact: "silent" }, "2026-11-22")
 */
export function parseSituation(raw: RawAnswers, today: IsoDate, readWords?: (text: string) => number): SituationResult {
  const errors: FieldError[] = [];
  for (const field of FIELD_NAMES) {
    // Callers outside TypeScript (a repeated query parameter gives an array) may hand in non-text.
    const value: unknown = raw[field];
    if (value !== undefined && typeof value !== "string") errors.push({ field, message: "这一项的内容无法识别，请重新填写" });
    else if ((value?.length ?? 0) > MAX_FIELD_LENGTH) errors.push({ field, message: "这一项内容太长，请检查后重新填写" });
  }
  if (errors.length === 0) {
    const parsed = situationFieldsSchema.safeParse(readFields(raw, readWords));
    if (parsed.success) {
      const dates = resolveDates(parsed.data, today);
      if ("field" in dates) {
        errors.push(dates);
      } else {
        const f = parsed.data;
        return {
          ok: true,
          situation: {
            product: f.product,
            daysOverdue: dates.days,
            dueDate: dates.due,
            amountFen: Math.round(f.amountYuan * 100),
            history: f.history,
            contact: f.contact,
            emergencyContact: f.emergencyContact,
            partialRepayment: f.partialRepayment,
            guarantor: f.guarantor,
            dailyRatePercent: f.dailyRatePercent,
          },
        };
      }
    } else {
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] as keyof SituationFields;
        const field = SCHEMA_KEY_TO_FIELD[key];
        if (field && !errors.some((e) => e.field === field)) errors.push({ field, message: issue.message });
      }
      if (!raw.days?.trim() && !raw.due?.trim()) errors.push({ field: "days", message: "请填写逾期天数，或选择应还款日" });
    }
  }
  // Same order as the form, so the error summary reads top to bottom.
  errors.sort((a, b) => FIELD_NAMES.indexOf(a.field) - FIELD_NAMES.indexOf(b.field));
  return { ok: false, errors, valid: validSubset(raw, errors) };
}

/** The raw answers minus the fields that have errors: what a form can safely prefill. */
function validSubset(raw: RawAnswers, errors: FieldError[]): RawAnswers {
  const bad = new Set(errors.map((e) => e.field));
  const valid: RawAnswers = {};
  for (const field of FIELD_NAMES) {
    const value = raw[field];
    if (value !== undefined && !bad.has(field) && value.length <= MAX_FIELD_LENGTH) valid[field] = value;
  }
  return valid;
}
