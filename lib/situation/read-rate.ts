// hant-keep-file: read in both scripts on both sites (input folded by foldTraditional), so the Traditional build leaves it as written.
/**
 * A rate as bills and contracts write it, turned into a plain percent: "0.05",
 * "0.05%", "日利率0.05%", "万分之五", "万分之0.5", "千分之一", "百分之十八", "0.5‰".
 * Returns the percent as decimal text, shifted digit by digit (never through a float),
 * or null when the text is not a rate. Whether it is per day or per year is the
 * caller's question: the words 日/年 are read past, not interpreted. Traditional input
 * (萬分之五, 日罰息率) reads the same.
 */
import { foldTraditional } from "@/lib/situation/fold-traditional";
import { halfWidth } from "@/lib/text/half-width";

/** Words a bill puts before the figure. Longest first, so 日利率 is not read as 日 + 利率. */
const LEAD = /^(?:约|大约)?(?:年化利率|年化费率|日罚息率|日利率|日费率|年利率|年费率|罚息率|年化|日息|年息|利率|费率|罚息|每日|每天|每年|日|年)?[:：]?(?:为|是)?/;
/** "万分之" moves the point four places from a fraction, so two from a percent. */
const PER: Record<string, number> = { 万分之: 2, 千分之: 1, 百分之: 0 };
const SIGN: Record<string, number> = { "%": 0, "‰": 1, "‱": 2 };
const DIGIT: Record<string, string> = { 零: "0", 〇: "0", 一: "1", 二: "2", 两: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9" };
const DECIMAL = /^(\d+)(?:\.(\d+))?$|^\.(\d+)$/;

/** 五 → 5, 十五 → 15, 二十 → 20, 零点五 → 0.5; Arabic digits pass through. Null otherwise. */
function chineseToDecimal(text: string): string | null {
  const [whole = "", fraction, extra] = text.split(/[点.]/);
  if (extra !== undefined) return null;
  let head = whole;
  const ten = /^([一二两三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(head);
  if (ten) head = `${ten[1] ? DIGIT[ten[1]] : "1"}${ten[2] ? DIGIT[ten[2]] : "0"}`;
  const digits = (s: string) => [...s].map((c) => (/\d/.test(c) ? c : DIGIT[c] ?? "x")).join("");
  const out = fraction === undefined ? digits(head) : `${digits(head)}.${digits(fraction)}`;
  return DECIMAL.test(out) ? out : null;
}

/** Moves the decimal point `places` to the left, exactly: ("5", 2) → "0.05". */
function shiftLeft(decimal: string, places: number): string {
  const [whole = "", fraction = ""] = decimal.split(".");
  const wholeLength = whole.length - places;
  // Zeros in front until at least one digit stays before the point.
  const digits = `${"0".repeat(Math.max(0, 1 - wholeLength))}${whole}${fraction}`;
  const point = Math.max(wholeLength, 1);
  const head = digits.slice(0, point).replace(/^0+(?=\d)/, "");
  const tail = digits.slice(point).replace(/0+$/, "");
  return tail ? `${head}.${tail}` : head;
}

/**
 * @example readRatePercent("万分之五") // "0.05"
 * @example readRatePercent("日利率0.05%") // "0.05"
 * @example readRatePercent("千分之一") // "0.1"
 */
export function readRatePercent(input: string): string | null {
  let text = foldTraditional(halfWidth(input, "number")).replace(/[\s，,]/g, "").replace(/％/g, "%").replace(LEAD, "");
  let places = 0;
  const per = /^(万分之|千分之|百分之)/.exec(text);
  if (per) {
    places = PER[per[1] as string] as number;
    text = text.slice(per[1]?.length);
  } else {
    const sign = /[%‰‱]$/.exec(text);
    if (sign) {
      places = SIGN[sign[0]] as number;
      text = text.slice(0, -1);
    }
  }
  if (text === "") return null;
  const decimal = chineseToDecimal(text);
  return decimal === null ? null : shiftLeft(decimal, places);
}
