// hant-keep-file: read in both scripts on both sites (兩, 萬, 億 are folded here), so the Traditional build leaves it as written.
/**
 * Numbers written with Chinese numerals, alone or mixed with digits, as people type them:
 * 四, 十二, 二十, 一百零五, 两万, 一万八, 1万8, 3千5, 1.8万, 两千五百. A single digit after
 * the last unit counts in the next unit down, as it is said (一万八 is 18,000, 三千五 is
 * 3,500, 1万8 is 18,000); 零 keeps it in the ones (一百零五 is 105). Returns NaN for
 * anything else, so the caller can say what it could not read. Used by readNumber (amounts,
 * days) and the contact's call count; hand-written and small, because both ship to the
 * phone (no library reads these forms in a few hundred bytes).
 */
const NUMERALS = "〇零一二三四五六七八九两兩";
const VALUES = "0012345678922";
const UNITS = "十百千万亿";
const SIZES = [10, 100, 1_000, 10_000, 100_000_000];

/** @example readChineseNumber("一万八") // 18000 */
export function readChineseNumber(input: string): number {
  // Numerals become digits (零 a "0", so 一百零五 is 1百05: a two-digit tail stays in the ones).
  const text = input.replace(/[〇零一二三四五六七八九两兩]/g, (c) => VALUES[NUMERALS.indexOf(c)] as string).replace(/萬/g, "万").replace(/億/g, "亿");
  if (!/^([\d.]*[十百千万亿])*[\d.]*$/.test(text) || !/[\d十]/.test(text)) return NaN;
  let total = 0; // finished 万 and 亿 groups
  let group = 0; // the group being read, below 万
  let last = Infinity; // the last unit: units only go down
  let tail = ""; // digits after the last unit
  for (const [, digits = "", unit = ""] of text.matchAll(/([\d.]*)([十百千万亿]?)/g)) {
    if (!unit) {
      tail ||= digits;
      continue;
    }
    const size = SIZES[UNITS.indexOf(unit)] as number;
    // 十 alone at the start means 一十 (十二); 万 after 千 takes the group (一千万); any other unit needs its number.
    const n = digits ? Number(digits) : unit === "十" && !group && !total ? 1 : size > 1_000 && group ? 0 : NaN;
    if (size >= last && (size < 10_000 || last >= 10_000)) return NaN;
    if (size < 10_000) group += n * size;
    else {
      // 亿 takes everything before it; 万 only its own group (一亿两千万).
      total = size > 10_000 ? (total + group + n) * size : total + (group + n) * size;
      group = 0;
    }
    last = size;
  }
  const value = total + group + (tail.length === 1 && last < Infinity ? (Number(tail) * last) / 10 : Number(tail));
  // Hundredths at most (fen): 1.1万 is 11000, not 11000.000000000002.
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : NaN;
}
