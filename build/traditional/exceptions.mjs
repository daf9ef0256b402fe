// The reviewed exceptions to the Simplified→Traditional converter (see convert.mjs).
// OpenCC converts character by character (cn → tw, no phrase rewriting); where one
// Simplified character stands for several Traditional ones it sometimes picks the
// wrong one for this text. Each entry replaces what the converter wrote (`wrong`)
// with what a Traditional reader expects (`right`), and says why. Entries apply to
// the converter's output, longest first. tests/unit/traditional/convert.test.ts
// checks that every entry is still needed (the converter still writes `wrong` for
// `simplified`), that `right` converts to nothing else, and the product names,
// institutions, laws, standards, numbers and hotlines the site must keep recognisable.
//
// Review rule: only fix a wrong character. Never swap mainland vocabulary for
// Taiwanese or Hong Kong usage: 借呗 stays 借唄, 征信 stays 徵信, 个人信息 stays 個人信息.

/** @type {{ simplified: string, wrong: string, right: string, why: string }[]} */
export const TRADITIONAL_EXCEPTIONS = [
  // 签 alone becomes 籤 (a slip, a label); to sign is 簽. OpenCC knows 签字/签订 but not
  // these two verb phrases of the advice texts.
  { simplified: "签保证", wrong: "籤保證", right: "簽保證", why: "签 = to sign (a guarantee contract): 簽, not 籤 (a slip)" },
  { simplified: "签任何", wrong: "籤任何", right: "簽任何", why: "签 = to sign (anything): 簽, not 籤 (a slip)" },
];

/**
 * Characters that are right in Traditional text but that a second character-level
 * conversion would change, because they are also Simplified forms: 干 in 干擾 (to
 * disturb; the Simplified 干 also stands for 幹 and 乾). The check that a Traditional page
 * is fully converted (converting it again changes nothing) ignores exactly these.
 * @type {{ char: string, example: string }[]}
 */
export const ALSO_TRADITIONAL = [{ char: "干", example: "干擾" }];
