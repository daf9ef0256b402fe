/**
 * The share link keeps answers in the URL fragment (`#product=jiebei&days=20…`), which
 * browsers never send to a server. Reading a fragment never throws: every problem is
 * reported against the part of the link it came from.
 */
import { FIELD_NAMES, type FieldName, type RawAnswers } from "@/lib/situation/situation-schema";
import type { Situation } from "@/lib/situation/parse-situation";

export type LinkProblem = { part: string; message: string };
export type FragmentReading = { raw: RawAnswers; problems: LinkProblem[] };

/** Longer than any link this product writes by a wide margin. */
export const MAX_FRAGMENT_LENGTH = 1000;
const MAX_PART_SHOWN = 24;

/** A piece of a link, shortened for display (React escapes it; this keeps it readable). */
function shown(part: string): string {
  return part.length > MAX_PART_SHOWN ? `${part.slice(0, MAX_PART_SHOWN)}…` : part;
}

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return null;
  }
}

function isFieldName(key: string): key is FieldName {
  return (FIELD_NAMES as readonly string[]).includes(key);
}

/** @example readFragment("#product=jiebei&days=20").raw // { product: "jiebei", days: "20" } */
export function readFragment(fragment: string): FragmentReading {
  const raw: RawAnswers = {};
  const problems: LinkProblem[] = [];
  const body = fragment.startsWith("#") ? fragment.slice(1) : fragment;
  if (body.length > MAX_FRAGMENT_LENGTH) {
    return { raw, problems: [{ part: "整个链接", message: "链接太长，可能被改动过；请重新填写问题" }] };
  }
  const seen = new Set<string>();
  for (const pair of body.split("&")) {
    if (pair === "") continue;
    const eq = pair.indexOf("=");
    const key = decode(eq === -1 ? pair : pair.slice(0, eq));
    const value = decode(eq === -1 ? "" : pair.slice(eq + 1));
    if (key === null || value === null) {
      problems.push({ part: shown(pair), message: "这一段的编码有误，已忽略" });
      continue;
    }
    const name = key.trim().toLowerCase();
    if (!isFieldName(name)) {
      problems.push({ part: shown(key), message: "链接里有无法识别的一项，已忽略" });
      continue;
    }
    if (seen.has(name)) {
      // Two values for one answer: trusting either could mislead, so drop both.
      problems.push({ part: name, message: "这一项在链接里出现了不止一次，请重新选择" });
      delete raw[name];
      continue;
    }
    seen.add(name);
    raw[name] = value;
  }
  return { raw, problems };
}

/** The fragment for a set of answers, in a fixed order; empty answers are left out. */
export function writeFragment(raw: RawAnswers): string {
  const parts: string[] = [];
  for (const field of FIELD_NAMES) {
    const value = raw[field];
    if (value !== undefined && value !== "") parts.push(`${field}=${encodeURIComponent(value)}`);
  }
  return parts.join("&");
}

/**
 * The fragment with some answers replaced, everything else as it was.
 * @example fragmentWith("#product=huabei&days=3", { rate: "0.08" }) // "product=huabei&days=3&rate=0.08"
 */
export function fragmentWith(hash: string, patch: RawAnswers): string {
  return writeFragment({ ...readFragment(hash).raw, ...patch });
}

/**
 * The answers a situation came from, as a link would carry them. The link always
 * carries the due date, never the day count: "逾期9天" is true only on the day it was
 * written, while the due date stays true, so a link opened days later still shows the
 * right day. (Links written before this carry `days`; the reader still takes them.)
 */
export function situationToRaw(s: Situation): RawAnswers {
  const raw: RawAnswers = {
    product: s.product,
    due: s.dueDate,
    amount: formatYuanPlain(s.amountFen),
    history: s.history,
    contact: s.contact,
  };
  if (s.emergencyContact !== "unsure") raw.ec = s.emergencyContact;
  if (s.partialRepayment !== "no") raw.partial = s.partialRepayment;
  if (s.guarantor !== "unsure") raw.guarantor = s.guarantor;
  if (s.dailyRatePercent !== undefined) raw.rate = plainDecimal(s.dailyRatePercent);
  return raw;
}

/** 1e-7 → "0.0000001": String() writes tiny rates in exponent form, which the link reader refuses. */
export function plainDecimal(n: number): string {
  const text = String(n);
  const m = /^(\d)(?:\.(\d+))?e-(\d+)$/.exec(text);
  return m ? `0.${"0".repeat(Number(m[3]) - 1)}${m[1]}${m[2] ?? ""}` : text;
}

/** 2000000 fen → "20000"; 123 fen → "1.23": how links write an amount. */
export function formatYuanPlain(fen: number): string {
  const yuan = Math.trunc(fen / 100);
  const cents = fen % 100;
  return cents === 0 ? String(yuan) : `${yuan}.${String(cents).padStart(2, "0")}`;
}
