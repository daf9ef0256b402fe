/**
 * One debt on the several-debts page: from the text a person typed (or a link carried)
 * to checked values, or to plain-Chinese errors per field. Never throws. Uses `zod/mini`
 * (named imports, `jitless`) because it runs in the browser, like the check's schema.
 */
import { _default, config, enum as zEnum, gt, gte, lte, number, object, optional, refine, string, type infer as Infer } from "zod/mini";
import { atMost, fraction, parseDecimal } from "@/lib/money/fraction";
import { DEBT_KINDS, MAX_DEBT_AMOUNT_YUAN, SECURITY_ANSWERS, type DebtKind, type SecurityAnswer } from "@/lib/schema/debt-kinds";
import { readNumber } from "@/lib/situation/normalize-number";
import { halfWidth } from "@/lib/text/half-width";
import { readRatePercent } from "@/lib/situation/read-rate";
import { formatYuanPlain } from "@/lib/situation/share-link";
import { MAX_DAILY_RATE_PERCENT, MAX_DAYS } from "@/lib/situation/situation-schema";

config({ jitless: true });

/** The fields of one debt, as the form's inputs and the link's parts name them. */
export const DEBT_FIELDS = ["kind", "amount", "days", "rate", "collateral", "guarantor"] as const;
export type DebtField = (typeof DEBT_FIELDS)[number];

/** What a form row or a link part hands in: text per field, nothing trusted yet. */
export type DebtRow = Partial<Record<DebtField, string>>;

export type Debt = {
  kind: DebtKind;
  /** Integer fen. */
  amountFen: number;
  days: number;
  /** The person's own daily rate in percent, as exact decimal text ("0.05"); null when not given. */
  ratePercent: string | null;
  collateral: SecurityAnswer;
  guarantor: SecurityAnswer;
};

export type DebtFieldError = { field: DebtField; message: string };
export type DebtReading = { ok: true; debt: Debt } | { ok: false; errors: DebtFieldError[] };

/** Longest text accepted in one field: enough for any honest answer. */
const MAX_FIELD_LENGTH = 40;

const isRateInRange = (text: string) => {
  const f = parseDecimal(text);
  return f !== null && atMost(f, fraction(BigInt(MAX_DAILY_RATE_PERCENT)));
};

const debtSchema = object({
  kind: zEnum(DEBT_KINDS, { error: (i) => (i.input === undefined ? "请选择这是哪一种借款" : "借款种类无法识别，请重新选择") }),
  amountYuan: number({ error: (i) => (i.input === undefined ? "请填写欠款金额" : "欠款金额请填写数字，例如 20000 或 2万") }).check(
    gt(0, "欠款金额要大于0"),
    lte(MAX_DEBT_AMOUNT_YUAN, "欠款金额超过5000万元，请检查是否多输了0"),
    // Within a ten-thousandth of a fen of a whole fen: a third decimal is at least 0.1 fen away.
    refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-4, "欠款金额最多精确到分（两位小数）"),
  ),
  days: number({ error: (i) => (i.input === undefined ? "请填写逾期天数，没逾期填 0" : "逾期天数请填写数字，例如 30") }).check(
    refine(Number.isInteger, "逾期天数请填写整数，例如 30"),
    gte(0, "逾期天数不能是负数；还没到还款日，填 0"),
    lte(MAX_DAYS, `逾期天数不能超过${MAX_DAYS}天（约10年），请检查是否多输了数字`),
  ),
  ratePercent: optional(
    string({ error: "日费率请写成数字，例如 0.05 或 万分之五" }).check(
      refine(isRateInRange, `日费率不能超过每天${MAX_DAILY_RATE_PERCENT}%，小数最多8位；请检查是否少了小数点`),
    ),
  ),
  collateral: _default(zEnum(SECURITY_ANSWERS, { error: "有没有抵押的选项无法识别，请重新选择" }), "unsure"),
  guarantor: _default(zEnum(SECURITY_ANSWERS, { error: "有没有担保人的选项无法识别，请重新选择" }), "unsure"),
});
type DebtFields = Infer<typeof debtSchema>;

const KEY_TO_FIELD: Record<keyof DebtFields, DebtField> = {
  kind: "kind",
  amountYuan: "amount",
  days: "days",
  ratePercent: "rate",
  collateral: "collateral",
  guarantor: "guarantor",
};

function text(row: DebtRow, field: DebtField): string | undefined {
  const value = row[field];
  if (value === undefined) return undefined;
  const trimmed = halfWidth(value, "number").trim();
  return trimmed === "" ? undefined : trimmed;
}

/** Numbers read as people type them (2万, ３０天); unreadable text stays text so the schema names the problem. */
function numberOf(row: DebtRow, field: DebtField, unit: "元" | "天"): number | string | undefined {
  const value = text(row, field);
  if (value === undefined) return undefined;
  const reading = readNumber(value, unit);
  return reading.ok ? reading.value : value;
}

/** A negative rate is named as such; other unreadable text fails the schema's number check. */
function rateOf(row: DebtRow): string | number | undefined {
  const value = text(row, "rate");
  if (value === undefined) return undefined;
  if (/^[-−]/.test(value)) return -1;
  return readRatePercent(value) ?? 0 / 0;
}

/**
 * @example readDebt({ kind: "jiebei", amount: "2万", days: "30", rate: "万分之五" })
 * // { ok: true, debt: { kind: "jiebei", amountFen: 2000000, days: 30, ratePercent: "0.05", collateral: "unsure", guarantor: "unsure" } }
 */
export function readDebt(row: DebtRow): DebtReading {
  const errors: DebtFieldError[] = [];
  for (const field of DEBT_FIELDS) {
    const value: unknown = row[field];
    if (value !== undefined && typeof value !== "string") errors.push({ field, message: "这一项的内容无法识别，请重新填写" });
    else if ((value?.length ?? 0) > MAX_FIELD_LENGTH) errors.push({ field, message: "这一项内容太长，请检查后重新填写" });
  }
  if (errors.length > 0) return { ok: false, errors };
  const rate = rateOf(row);
  if (typeof rate === "number") {
    errors.push({ field: "rate", message: rate < 0 ? "日费率不能是负数" : "日费率请写成数字，例如 0.05 或 万分之五；不知道就空着" });
  }
  const parsed = debtSchema.safeParse({
    kind: text(row, "kind"),
    amountYuan: numberOf(row, "amount", "元"),
    days: numberOf(row, "days", "天"),
    ratePercent: typeof rate === "string" ? rate : undefined,
    collateral: text(row, "collateral"),
    guarantor: text(row, "guarantor"),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = KEY_TO_FIELD[issue.path[0] as keyof DebtFields];
      if (field && !errors.some((e) => e.field === field)) errors.push({ field, message: issue.message });
    }
  }
  if (errors.length > 0 || !parsed.success) {
    errors.sort((a, b) => DEBT_FIELDS.indexOf(a.field) - DEBT_FIELDS.indexOf(b.field));
    return { ok: false, errors };
  }
  const f = parsed.data;
  return {
    ok: true,
    debt: {
      kind: f.kind,
      amountFen: Math.round(f.amountYuan * 100),
      days: f.days,
      ratePercent: f.ratePercent ?? null,
      collateral: f.collateral,
      guarantor: f.guarantor,
    },
  };
}

/** A checked debt back as the text a form row shows (and `readDebt` reads to the same debt). */
export function debtToRow(d: Debt): DebtRow {
  return {
    kind: d.kind,
    amount: formatYuanPlain(d.amountFen),
    days: String(d.days),
    rate: d.ratePercent ?? "",
    collateral: d.collateral,
    guarantor: d.guarantor,
  };
}
