// The reviewed exceptions to the Simplified→Traditional converter (see convert.mjs).
// OpenCC converts character by character (cn → tw, no phrase rewriting); where one
// Simplified character stands for several Traditional ones it sometimes picks the
// wrong one for this text. Each entry replaces what the converter wrote (`wrong`)
// with what a Traditional reader expects (`right`), and says why. Entries apply to
// the converter's output, longest first. tests/unit/traditional-exceptions.test.ts
// checks that every entry is still needed (the converter still writes `wrong` for
// `simplified`), that `right` converts to nothing else, and the product names,
// institutions, laws, standards, numbers and hotlines the site must keep recognisable.
//
// Review rule: only fix a wrong character. Never swap mainland vocabulary for
// Taiwanese or Hong Kong usage: 借呗 stays 借唄, 征信 stays 徵信, 个人信息 stays 個人信息.

/** @type {{ simplified: string, wrong: string, right: string, why: string }[]} */
export const TRADITIONAL_EXCEPTIONS = [];
