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

/** Numbers dialled as written. Longest first, so 12356 is not read as 1235…; 110 and 120 are whole words. */
export const DIALABLE = ["95188", "12378", "12356", "12348", "96110", "18111", "110", "120"] as const;

// 010-12321 (with or without the hyphen) is the one way 12321 is dialled.
const PHONE_12321 = "010-?12321";
// Not after a digit, a letter, a dot, a slash or a hyphen (web addresses, other numbers);
// not before a digit, a letter, a dot or 举报 (「12321举报中心」 is an account name, and the
// same rule keeps any other number inside an address or a name).
const BEFORE = "(?<![\\dA-Za-z./-])";
const AFTER = "(?![\\dA-Za-z.]|\\s?App|举报)";
const PATTERN = new RegExp(`${BEFORE}(${PHONE_12321}|${DIALABLE.join("|")})${AFTER}`, "g");

/** The text cut into plain parts and parts to link, in order; joining every `text` gives the input back. */
export function phoneParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(PATTERN)) {
    const at = m.index;
    if (at > last) parts.push({ text: text.slice(last, at) });
    parts.push({ text: m[0], tel: m[0].replace(/-/g, "") });
    last = at + m[0].length;
  }
  if (last < text.length || parts.length === 0) parts.push({ text: text.slice(last) });
  return parts;
}
