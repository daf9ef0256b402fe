/**
 * Full-width characters, as Chinese keyboards type them (２０, ＡＢ, ！), turned into their
 * ASCII forms: the full-width block ！ (U+FF01) to ～ (U+FF5E) sits 0xFEE0 above ASCII ! to ~.
 * Each reader folds only what it means to accept, because what is folded changes what it
 * reads and what it keeps of a person's text (a letter keeps its （）):
 * - "digits": ０ to ９ (counts, and numbers kept as typed);
 * - "number": digits and the signs a number is written with, ．，－＋ (amounts, days, rates);
 * - "all": every full-width letter, digit and sign (search).
 * Hand-written, and one function with the sets as data: it ships to the phone on every
 * form page, and /timeline's script is at its budget.
 */
const SETS = { digits: /[\uFF10-\uFF19]/g, number: /[\uFF10-\uFF19\uFF0E\uFF0C\uFF0D\uFF0B]/g, all: /[\uFF01-\uFF5E]/g };

/** @example halfWidth("－１，０００．５元", "number") // "-1,000.5元" */
export function halfWidth(text: string, set: keyof typeof SETS): string {
  return text.replace(SETS[set], (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
