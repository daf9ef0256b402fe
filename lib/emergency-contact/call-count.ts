/**
 * The contact's answer to 「今天一共打来几次」, read. A module of its own: the questionnaire
 * (components/emergency-contact/call-questionnaire.tsx) loads it on the first answer, not
 * with the page, so the numeral reader does not weigh on /emergency-contact's first load.
 */
import { readChineseNumber } from "@/lib/situation/chinese-number";
import { halfWidth } from "@/lib/text/half-width";

/** The most calls a day the count question takes; more is a typing slip. */
export const MAX_CALLS = 200;

/**
 * The count as typed, "3", "３", "3次", "四次" or "十二"; undefined when empty, and NaN
 * when it is not a count from 1 to MAX_CALLS, so the form can say so rather than drop it.
 * @example readCallCount("四次") // 4
 */
export function readCallCount(text: string): number | undefined {
  const typed = halfWidth(text, "digits").replace(/\s/g, "");
  if (typed === "") return undefined;
  const n = readChineseNumber(typed.replace(/次$/, ""));
  return Number.isInteger(n) && n >= 1 && n <= MAX_CALLS ? n : NaN;
}
