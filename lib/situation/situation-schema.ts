/**
 * The borrower's answers: the one definition used by the form, the share link and the
 * tests. Uses `zod/mini` because it ships to the browser (the form validates there and
 * nothing is sent to a server); `jitless` keeps zod from probing `new Function`, which
 * a strict Content-Security-Policy would report.
 */
// Named imports, not `import * as z`: Turbopack keeps the whole namespace otherwise
// (23 KiB gzip in the browser instead of a few).
import { _default, config, enum as zEnum, gt, gte, lte, number, object, optional, refine, string, type infer as Infer } from "zod/mini";
import { ANSWER_VALUES } from "@/lib/schema/situation-answers";
import { isIsoDate } from "@/lib/dates/iso-date";

config({ jitless: true });

/** Field names, shared by form inputs, link keys and error messages. */
export const FIELD_NAMES = [
  "product",
  "days",
  "due",
  "amount",
  "history",
  "contact",
  "ec",
  "partial",
  "guarantor",
  "rate",
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/** What a form or link hands in: text per field, nothing trusted yet. */
export type RawAnswers = Partial<Record<FieldName, string>>;

/** The longest overdue the check accepts (about ten years); the form, the link and the Q&A front matter share it. */
export const MAX_DAYS = 3650;
export const MAX_AMOUNT_YUAN = 5_000_000;
/** Percent per day; 1% a day is far above anything a licensed lender charges. */
export const MAX_DAILY_RATE_PERCENT = 1;

/** Message for a missing value, or for one of the wrong kind. */
function missingOr(missing: string, wrong: string) {
  return { error: (issue: { input?: unknown }) => (issue.input === undefined ? missing : wrong) };
}

export const situationFieldsSchema = object({
  product: zEnum(ANSWER_VALUES.product, missingOr("请选择产品：借呗还是花呗", "产品只能是借呗或花呗，请重新选择")),
  days: optional(
    number(missingOr("请填写逾期天数", "逾期天数没能读懂，请写成数字，例如 20 或「二十」"))
      .check(
        refine(Number.isInteger, "逾期天数请填写整数，例如 20"),
        gte(0, "逾期天数不能是负数；还没到还款日的话，现在还不算逾期"),
        lte(MAX_DAYS, `逾期天数不能超过${MAX_DAYS}天（约10年），请检查是否多输了数字`),
      ),
  ),
  due: optional(
    string().check(refine(isIsoDate, "应还款日请按「年-月-日」填写一个真实的日期，例如 2026-11-01")),
  ),
  amountYuan: number(missingOr("请填写逾期金额", "逾期金额没能读懂，请写成数字，例如 20000、2万 或「两万」"))
    .check(
      gt(0, "逾期金额要大于0"),
      lte(MAX_AMOUNT_YUAN, "逾期金额超过500万元，请检查是否多输了0"),
      refine((v) => Number.isInteger(Math.round(v * 100 * 1e6) / 1e6), "逾期金额最多精确到分（两位小数）"),
    ),
  history: zEnum(ANSWER_VALUES.history, missingOr("请选择还款记录", "还款记录的选项无法识别，请重新选择")),
  contact: zEnum(ANSWER_VALUES.contact, missingOr("请选择沟通情况", "沟通情况的选项无法识别，请重新选择")),
  emergencyContact: _default(
    zEnum(ANSWER_VALUES.emergencyContact, { error: "紧急联系人的选项无法识别，请重新选择" }),
    "unsure",
  ),
  partialRepayment: _default(
    zEnum(ANSWER_VALUES.partialRepayment, { error: "部分还款的选项无法识别，请重新选择" }),
    "no",
  ),
  guarantor: _default(zEnum(ANSWER_VALUES.guarantor, { error: "担保人的选项无法识别，请重新选择" }), "unsure"),
  dailyRatePercent: optional(
    number({ error: "日费率请填写数字，例如 0.05" })
      .check(
        gte(0, "日费率不能是负数"),
        lte(MAX_DAILY_RATE_PERCENT, `日费率不能超过每天${MAX_DAILY_RATE_PERCENT}%，请检查是否少了小数点`),
      ),
  ),
});

export type SituationFields = Infer<typeof situationFieldsSchema>;

/** Which raw field each schema key reads from, so errors land beside the right input. */
export const SCHEMA_KEY_TO_FIELD: Record<keyof SituationFields, FieldName> = {
  product: "product",
  days: "days",
  due: "due",
  amountYuan: "amount",
  history: "history",
  contact: "contact",
  emergencyContact: "ec",
  partialRepayment: "partial",
  guarantor: "guarantor",
  dailyRatePercent: "rate",
};
