// Simplified → Traditional, at build time only (the converter never reaches a browser).
// OpenCC's character table, mainland Simplified to Taiwan-standard characters
// (`cn` → `tw`): characters only, no vocabulary, so mainland law and institutions keep
// their names. Then the reviewed exceptions (exceptions.mjs).
//
// Source files are converted line by line. Two markers keep text as written:
//   a line containing `hant-keep`        : that line is not converted
//   a file containing `hant-keep-file`   : the whole file is not converted
// Used for input readers that must accept both scripts on both sites (they fold
// Traditional input to Simplified before reading, see lib/situation/fold-traditional.ts).
import * as OpenCC from "opencc-js";
import { TRADITIONAL_EXCEPTIONS } from "./exceptions.mjs";

const openccToTraditional = OpenCC.Converter({ from: "cn", to: "tw" });
const EXCEPTIONS = [...TRADITIONAL_EXCEPTIONS].sort((a, b) => b.wrong.length - a.wrong.length);
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** The converter alone, without the exceptions (for the exceptions' own tests). @param {string} text */
export function openccOnly(text) {
  return openccToTraditional(text);
}

/** Simplified text in Traditional characters, with the reviewed exceptions applied. @param {string} text @returns {string} */
export function toTraditional(text) {
  if (!HAN.test(text)) return text;
  let out = openccToTraditional(text);
  for (const { wrong, right } of EXCEPTIONS) if (out.includes(wrong)) out = out.split(wrong).join(right);
  return out;
}

/** A source file (TypeScript, Markdown, JSON, CSS) converted, honouring the keep markers. @param {string} text */
export function toTraditionalSource(text) {
  if (text.includes("hant-keep-file")) return text;
  return text
    .split("\n")
    .map((line) => (line.includes("hant-keep") ? line : toTraditional(line)))
    .join("\n");
}
