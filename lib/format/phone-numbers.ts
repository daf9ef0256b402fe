/**
 * Where a text names an official number a person can dial, and what to dial. Pure: the
 * `tel:` links of components/phone-text.tsx and the test over every rendered text
 * (phone-numbers.test.ts) both use it.
 *
 * A number is dialable only standing on its own: not inside a longer run of digits, not
 * part of a web address or a name (「www.12321.cn」「12321举报中心」「12321 App」).
 * 12321 itself is reported through its website, app or WeChat account; its phone line
 * is 010-12321 (DOMAIN-FACTS, service-12321), so only that form becomes a link.
 */
export type TextPart = { text: string; tel?: string };

/** Numbers dialled as written; 110 and 120 only as whole numbers. */
export const DIALABLE = ["95188", "12378", "12356", "12348", "96110", "18111", "110", "120"] as const;

// 010-12321 (with or without the hyphen) is the one way 12321 is dialled. A number is not
// one to dial after a digit, a letter, a dot, a slash or a hyphen (web addresses, longer
// numbers), nor before a digit, a letter, a dot, 「 App」 or 举报 (「12321举报中心」 is an
// account name). Written as one literal: this runs on /emergency-contact, whose script
// budget is nearly full. phone-numbers.test.ts checks it against DIALABLE.
export const PHONE = /(?<![\dA-Za-z./-])(010-?12321|95188|12378|12356|12348|96110|18111|110|120)(?![\dA-Za-z.]|\s?App|举报)/;

/** The text cut into plain parts and parts to link, in order; joining every `text` gives the input back. */
export function phoneParts(text: string): TextPart[] {
  // split() with a capturing group puts each number at an odd index.
  return text.split(PHONE).map((part, i) => (i % 2 ? { text: part, tel: part.replace("-", "") } : { text: part }));
}
