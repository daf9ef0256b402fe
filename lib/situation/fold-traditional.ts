// hant-keep-file: the Traditional build leaves this file as written (build/traditional/convert.mjs).
/**
 * The Traditional forms of the characters the input readers look for, mapped to the
 * Simplified forms they are written with. The site exists in both scripts and a person
 * types in either on either, so readNumber and readRatePercent fold their input first:
 * 「2萬」 and 「萬分之五」 read like 「2万」 and 「万分之五」 everywhere.
 */
const TRADITIONAL_TO_SIMPLIFIED: Record<string, string> = {
  萬: "万",
  兩: "两",
  點: "点",
  約: "约",
  費: "费",
  罰: "罚",
  為: "为",
  塊: "块",
  錢: "钱",
  幣: "币",
  億: "亿",
};
const TRADITIONAL = new RegExp(`[${Object.keys(TRADITIONAL_TO_SIMPLIFIED).join("")}]`, "g");

/** @example foldTraditional("萬分之五") // "万分之五" */
export function foldTraditional(text: string): string {
  return text.replace(TRADITIONAL, (c) => TRADITIONAL_TO_SIMPLIFIED[c] ?? c);
}
