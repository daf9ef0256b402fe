/**
 * Full-width characters, as Chinese keyboards type them (２０, ＡＢ, ！), turned into their
 * ASCII forms. The full-width block ！ (U+FF01) to ～ (U+FF5E) sits 0xFEE0 above ASCII ! to ~.
 * Each reader folds only what it means to accept, so there are three widths: what one folds
 * changes what it reads and what it keeps of a person's text (a letter keeps its （）).
 * Hand-written: three lines, and it ships to the phone with every form.
 */
const toAscii = (c: string) => String.fromCharCode(c.charCodeAt(0) - 0xfee0);

/** Digits only. @example halfWidthDigits("３次，ＡＢ") // "3次，ＡＢ" */
export function halfWidthDigits(text: string): string {
  return text.replace(/[\uFF10-\uFF19]/g, toAscii);
}

/** Digits and the signs a number is written with: ．，－＋. @example halfWidthNumber("－１，０００．５") // "-1,000.5" */
export function halfWidthNumber(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF0E\uFF0C\uFF0D\uFF0B]/g, toAscii);
}

/** Every full-width letter, digit and sign. @example halfWidthAll("ＡＢ１２！") // "AB12!" */
export function halfWidthAll(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, toAscii);
}
