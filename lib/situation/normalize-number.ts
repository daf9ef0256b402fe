// hant-keep-file: read in both scripts on both sites (input folded by foldTraditional), so the Traditional build leaves it as written.
/**
 * Numbers as Chinese users type them: full-width digits (２０), thousands separators,
 * a currency sign or unit (￥、元、天), 万/千 multipliers (2万, 1.5w, 3千), and, given a
 * reader for them (`readWords`: readChineseNumber, lib/situation/chinese-number.ts), Chinese
 * numerals alone or mixed with digits (二十, 两万, 一万八, 1万8). The form on / passes it;
 * the timeline and the plan read links the form wrote in digits, so they leave it out and
 * their first-load script stays inside its budget. Traditional input (2萬, 兩萬) reads the same. Returns a finite number, or a reason it could not be read.
 */
import { foldTraditional } from "@/lib/situation/fold-traditional";
import { halfWidth } from "@/lib/text/half-width";

export type NumberReading = { ok: true; value: number } | { ok: false; reason: "empty" | "not-a-number" };

const MULTIPLIERS: Record<string, number> = { 万: 10_000, w: 10_000, W: 10_000, 千: 1_000, k: 1_000, K: 1_000 };
const NUMBER = /^([+-]?)(\d+(?:\.\d+)?|\.\d+)([万wW千kK]?)$/;

/** @example readNumber("2万元") // { ok: true, value: 20000 } */
export function readNumber(input: string, unit?: "元" | "天", readWords?: (text: string) => number): NumberReading {
  let text = foldTraditional(halfWidth(input, "number")).replace(/[\s,，_]/g, "").replace(/^[¥￥]/, "").replace(/^RMB/i, "");
  if (unit) text = text.endsWith(unit) ? text.slice(0, -unit.length) : text;
  if (unit === "元") text = text.replace(/(人民币|块钱|块)$/, "");
  if (text === "") return { ok: false, reason: "empty" };
  const m = NUMBER.exec(text);
  if (!m) {
    const value = readWords ? readWords(text) : NaN;
    return Number.isNaN(value) ? { ok: false, reason: "not-a-number" } : { ok: true, value };
  }
  const sign = m[1] === "-" ? -1 : 1;
  const multiplier = m[3] ? (MULTIPLIERS[m[3]] ?? 1) : 1;
  // Scale through the decimal string to avoid 1.1 * 10000 = 11000.000000000002.
  // `+ 0` turns "-0" into 0, so "-0 days" is day 0 and not a negative zero.
  const value = sign * scaleDecimal(m[2] ?? "0", multiplier) + 0;
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: "not-a-number" };
}

function scaleDecimal(decimal: string, multiplier: number): number {
  if (multiplier === 1) return Number(decimal);
  const zeros = Math.round(Math.log10(multiplier));
  const [whole = "0", fraction = ""] = decimal.split(".");
  const shifted = whole + fraction.padEnd(zeros, "0").slice(0, zeros);
  const rest = fraction.slice(zeros);
  return Number(rest ? `${shifted}.${rest}` : shifted);
}
