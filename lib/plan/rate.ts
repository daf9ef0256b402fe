/**
 * The rate the user reads off their own bill or contract: a daily or annual percent and,
 * optionally, "罚息为正常利率的 X 倍". No official penalty rate is public, so nothing
 * here is the lender's rate; the default is an example and says so.
 */
import { EXAMPLE_DAILY_RATE_PERCENT } from "@/lib/engine/penalty";
import { divide, fraction, multiply, parseDecimal, atMost, toDecimalText, MAX_DECIMALS, type Fraction } from "@/lib/money/fraction";
import { halfWidth } from "@/lib/text/half-width";
import { readRatePercent } from "@/lib/situation/read-rate";
import { MAX_DAILY_RATE_PERCENT } from "@/lib/situation/situation-schema";

export type RateUnit = "daily" | "annual";
/** How an annual rate becomes a daily one: a user-visible assumption, 365 by default. */
export type YearBasis = 365 | 360;

/** What the user typed, kept as text so nothing they enter is lost or reformatted. */
export type RateTerms = { unit: RateUnit; percent: string; basis: YearBasis; multiplier: string };

export type RateField = "percent" | "multiplier";
export type RateReading =
  | { ok: true; perDay: Fraction; percent: Fraction; multiplier: Fraction }
  | { ok: false; errors: { field: RateField; message: string }[] };

export const MAX_MULTIPLIER = 10;

/** The terms the page starts from: no rate typed yet (the box shows the example as a placeholder). */
export const BLANK_TERMS: RateTerms = { unit: "daily", percent: "", basis: 365, multiplier: "1" };

/** The example daily rate the estimate uses until the person types their own. */
export const EXAMPLE_PERCENT = String(EXAMPLE_DAILY_RATE_PERCENT);

function clean(text: string): string {
  return halfWidth(text, "number").replace(/[\s%％]/g, "");
}

/**
 * Reads the terms exactly. The daily rate is percent ÷ 100, ÷ basis for an annual rate,
 * × the multiplier; it may not exceed 1% a day (the same bound as the check's form).
 * @example readRateTerms({ unit: "annual", percent: "18.25", basis: 365, multiplier: "1" })
 * // { ok: true, perDay: 1825/3650000 (0.05% a day), … }
 */
export function readRateTerms(terms: RateTerms): RateReading {
  const errors: { field: RateField; message: string }[] = [];
  const percentText = clean(terms.percent);
  const multiplierText = clean(terms.multiplier) || "1";
  // "万分之五", "日利率0.05%" and the like are read as the percent they mean.
  const read = percentText === "" ? null : readRatePercent(terms.percent);
  const percent = read === null ? null : parseDecimal(read);
  const multiplier = parseDecimal(multiplierText);
  const unitWord = terms.unit === "daily" ? "日" : "年";
  if (percentText === "") errors.push({ field: "percent", message: `请填写${unitWord}费率，例如 ${terms.unit === "daily" ? "0.05" : "18.25"}` });
  else if (!percent) errors.push({ field: "percent", message: `${unitWord}费率请照账单填写，例如 ${terms.unit === "daily" ? "0.05、0.05% 或 万分之五" : "18.25 或 18.25%"}（最多8位小数）` });
  if (!multiplier) errors.push({ field: "multiplier", message: "倍数请填写数字，例如 1.5；合同没有写倍数就填 1" });
  else if (multiplier.num === 0n || !atMost(multiplier, fraction(BigInt(MAX_MULTIPLIER)))) {
    errors.push({ field: "multiplier", message: `倍数请填写大于0、不超过${MAX_MULTIPLIER}的数字` });
  }
  if (errors.length > 0 || !percent || !multiplier) return { ok: false, errors };
  let perDay = divide(percent, fraction(100n));
  if (terms.unit === "annual") perDay = divide(perDay, fraction(BigInt(terms.basis)));
  perDay = multiply(perDay, multiplier);
  if (!atMost(perDay, fraction(BigInt(Math.round(MAX_DAILY_RATE_PERCENT * 1000)), 100_000n))) {
    return {
      ok: false,
      errors: [{ field: "percent", message: `折算后每天超过${MAX_DAILY_RATE_PERCENT}%，请检查是否少了小数点，或把年费率填成了日费率` }],
    };
  }
  return { ok: true, perDay, percent, multiplier };
}

/**
 * The daily percent a link carries (`rate=`), which the check's schema reads back.
 * A converted rate such as 18% ÷ 365 is cut to 8 decimal places of a percent: on
 * ¥1,000,000 over a year that moves the estimate by well under one fen.
 * @example linkRatePercent(readRateTerms({ unit: "annual", percent: "36.5", basis: 365, multiplier: "1" }).perDay) // "0.1"
 */
export function linkRatePercent(perDay: Fraction): string {
  return toDecimalText(multiply(perDay, fraction(100n)), MAX_DECIMALS).text;
}
