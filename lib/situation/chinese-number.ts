// hant-keep-file: read in both scripts on both sites (兩 and 萬 are folded here), so the Traditional build leaves it as written.
/**
 * Numbers written with Chinese numerals, alone or mixed with digits, as people type them:
 * 四, 十二, 二十, 一百零五, 两万, 一万八, 1万8, 3千5, 1.8万, 两千五百. A single digit after
 * the last unit counts in the next unit down, as it is said (一万八 is 18,000, 三千五 is
 * 3,500, 1万8 is 18,000); 零 puts it back in the ones (一百零五 is 105). Returns NaN for
 * anything else, so the caller can say what it could not read. Used by readNumber (amounts,
 * days) and the contact's call count (lib/emergency-contact/answers.ts), so it is small:
 * the count ships to the phone.
 */
const DIGITS = "零一二三四五六七八九";
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1_000, 万: 10_000, 亿: 100_000_000 };

/** @example readChineseNumber("一万八") // 18000 */
export function readChineseNumber(input: string): number {
  const text = input.replace(/[两兩]/g, "二").replace(/〇/g, "零").replace(/萬/g, "万").replace(/億/g, "亿");
  let total = 0; // finished 万 and 亿 groups
  let group = 0; // the group being read, below 万
  let pending = ""; // digits not yet given a unit
  let last = Infinity; // the last unit read: units only go down (a new 万/亿 group excepted)
  let zero = false; // 零 since the last unit: a trailing digit is in the ones
  let seen = false;
  for (const c of text) {
    const digit = DIGITS.indexOf(c);
    const unit = UNITS[c];
    if (/[\d.]/.test(c)) pending += c;
    else if (digit === 0) zero = true;
    else if (digit > 0) pending += digit;
    else if (unit === undefined) return NaN;
    else {
      // 十 alone means 一十 (十二); every other unit needs its number (万 alone is not one).
      const n = pending === "" && unit === 10 && group === 0 ? 1 : Number(pending || (unit >= 10_000 && group > 0 ? 0 : NaN));
      if (unit >= 10_000) {
        if (unit >= last && last >= 10_000) return NaN;
        // 亿 takes everything before it (一亿两千万 is read 亿 first); 万 its own group.
        total = unit > 10_000 ? (total + group + n) * unit : total + (group + n) * unit;
        group = 0;
      } else {
        if (unit >= last) return NaN;
        group += n * unit;
      }
      if (!Number.isFinite(total + group)) return NaN;
      last = unit;
      pending = "";
      zero = false;
      seen = true;
      continue;
    }
    seen ||= c !== ".";
  }
  if (!seen) return NaN;
  const tail = pending === "" ? 0 : Number(pending) * (pending.length === 1 && !zero && last !== Infinity ? last / 10 : 1);
  const value = total + group + tail;
  // Hundredths at most (fen): 1.1万 is 11000, not 11000.000000000002.
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : NaN;
}
