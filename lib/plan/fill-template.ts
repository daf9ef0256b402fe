/**
 * Fills a template from the answers and what the user typed. Returns the text, or the
 * fields to prompt for together with a draft that shows each missing value as a visible
 * blank, 「【您的姓名】」, so the page can show the whole script at once and fill it in
 * as the person types. Output never carries an unfilled `{{placeholder}}`.
 */
import type { IsoDate } from "@/lib/dates/iso-date";
import { formatChineseDate, isIsoDate } from "@/lib/dates/iso-date";
import { formatYuan } from "@/lib/engine/penalty";
import { readNumber } from "@/lib/situation/normalize-number";
import { halfWidth } from "@/lib/text/half-width";
import { MAX_AMOUNT_YUAN } from "@/lib/situation/situation-schema";
import { sourceInForce, type SourceDates } from "@/lib/engine/in-force";
import {
  AUTO_FIELDS,
  INPUT_FIELDS,
  type AutoField,
  type InputField,
  type InputFieldSpec,
  type LetterTemplate,
} from "@/lib/schema/templates";

export type Inputs = Partial<Record<InputField, string>>;
export type AutoValues = Record<AutoField, string>;
export type Missing = { field: InputField; label: string; message: string };
export type FillResult = { ok: true; text: string } | { ok: false; missing: Missing[]; draft: string };

const PLACEHOLDER = /\{\{([a-zA-Z]+)\}\}/g;
const MAX_TEXT = 60;
const MAX_LONG_TEXT = 300;

/**
 * How a missing value shows in a draft: the field's name in 【】, without a bracketed
 * unit. Not in （）: the letters put some values in brackets already, and a blank there
 * read 「（（联系人的称呼））」.
 */
export function blankFor(label: string): string {
  return `【${label.replace(/（[^）]*）$/, "")}】`;
}

/** Every placeholder a template's blocks use, in order of first use. */
export function placeholdersOf(template: LetterTemplate): string[] {
  const seen = new Set<string>();
  for (const block of template.blocks) for (const m of block.text.matchAll(PLACEHOLDER)) seen.add(m[1] as string);
  return [...seen];
}

/** The input fields a template asks for (auto fields excluded). */
export function inputFieldsOf(template: LetterTemplate): InputField[] {
  return placeholdersOf(template).filter((p): p is InputField => (INPUT_FIELDS as readonly string[]).includes(p));
}

/** Whether every source the template relies on applies on `today` (`sources`: the content's, slim or full). */
export function isTemplateAvailable(template: LetterTemplate, today: IsoDate, sources: readonly SourceDates[]): boolean {
  return template.requiresInForce.every((id) => sourceInForce(id, today, sources));
}

/** A typed value made safe for a letter: no braces (no placeholder can be forged), no control characters. */
function tidy(value: string, multiline: boolean): string {
  const flat = value.replace(/[{}]/g, "").replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, " ");
  return (multiline ? flat.replace(/\r\n?/g, "\n").replace(/\n{3,}/g, "\n\n") : flat.replace(/\s+/g, " ")).trim();
}

/** The value to put in the letter, or what to tell the user. */
export function readInput(spec: InputFieldSpec, raw: string | undefined, today: IsoDate): { ok: true; value: string } | { ok: false; message: string } {
  const text = tidy(halfWidth(raw ?? "", "number"), spec.kind === "long-text");
  if (text === "") return { ok: false, message: spec.prompt };
  switch (spec.kind) {
    case "text":
      return text.length <= MAX_TEXT ? { ok: true, value: text } : { ok: false, message: `${spec.label}请不超过${MAX_TEXT}个字` };
    case "long-text":
      return text.length <= MAX_LONG_TEXT ? { ok: true, value: text } : { ok: false, message: `${spec.label}请不超过${MAX_LONG_TEXT}个字` };
    case "phone-tail":
      return /^\d{4}$/.test(text) ? { ok: true, value: text } : { ok: false, message: `${spec.label}请填写4位数字，例如 1234` };
    case "phone": {
      const digits = text.replace(/[\s-]/g, "");
      return /^\+?\d{7,15}$/.test(digits) ? { ok: true, value: digits } : { ok: false, message: `${spec.label}请填写电话号码，只写数字，例如 13800000000` };
    }
    case "money": {
      const reading = readNumber(text, "元");
      if (!reading.ok || reading.value <= 0) return { ok: false, message: `${spec.label}请填写大于0的金额，例如 2000` };
      const fen = Math.round(reading.value * 100);
      if (reading.value > MAX_AMOUNT_YUAN || Math.abs(fen - reading.value * 100) > 1e-6) {
        return { ok: false, message: `${spec.label}请填写不超过500万元、最多两位小数的金额` };
      }
      return { ok: true, value: formatYuan(fen) };
    }
    case "date-from-today":
    case "date-until-today": {
      if (!isIsoDate(text)) return { ok: false, message: `${spec.label}请按「年-月-日」填写，例如 2026-12-01` };
      if (spec.kind === "date-from-today" && text < today) return { ok: false, message: `${spec.label}不能早于今天（${formatChineseDate(today)}）` };
      if (spec.kind === "date-until-today" && text > today) return { ok: false, message: `${spec.label}不能晚于今天（${formatChineseDate(today)}）` };
      return { ok: true, value: formatChineseDate(text) };
    }
  }
}

/**
 * Blocks that rest on a source (`onlyIfInForce`) appear only while it applies on `today`.
 * @example fillTemplate(callScript, specs, { borrowerName: "王芳", … }, auto, "2026-11-22", content.sources)
 * // { ok: true, text: "…" } or { ok: false, missing: [{ field: "reason", message: "请用一句话写下逾期的原因" }] }
 */
export function fillTemplate(
  template: LetterTemplate,
  specs: Record<InputField, InputFieldSpec>,
  inputs: Inputs,
  auto: AutoValues,
  today: IsoDate,
  sources: readonly SourceDates[],
): FillResult {
  const blocks = template.blocks.filter((b) => !b.onlyIfInForce || sourceInForce(b.onlyIfInForce, today, sources));
  const values = new Map<string, string>();
  const missing: Missing[] = [];
  for (const name of placeholdersOf({ ...template, blocks })) {
    if ((AUTO_FIELDS as readonly string[]).includes(name)) {
      values.set(name, auto[name as AutoField]);
      continue;
    }
    const spec = specs[name as InputField] as InputFieldSpec | undefined;
    if (!spec) {
      missing.push({ field: name as InputField, label: name, message: `模板里有未定义的项「${name}」` });
      values.set(name, blankFor(name));
      continue;
    }
    const reading = readInput(spec, inputs[name as InputField], today);
    if (reading.ok) values.set(name, reading.value);
    else {
      missing.push({ field: name as InputField, label: spec.label, message: reading.message });
      values.set(name, blankFor(spec.label));
    }
  }
  const text = blocks.map((b) => b.text.replace(PLACEHOLDER, (_, name: string) => values.get(name) ?? "")).join("\n\n");
  if (missing.length > 0) return { ok: false, missing, draft: `${text}\n` };
  // Values carry no braces (see tidy), so any left here would be a template bug.
  if (/\{\{|\}\}/.test(text)) return { ok: false, missing: [{ field: "borrowerName", label: "模板", message: "模板有未填的项" }], draft: "" };
  return { ok: true, text: `${text}\n` };
}
