/**
 * The likelihood scale, weakest first: this product's reading of the words the sources
 * use. "rare" reads 极少数; "uncommon" 并不常见 or 通常不会; "possible" 可能, 有可能,
 * 甚至可能; "usual" what a source states as the rule (会, 一般, 为主). No source says
 * more than "usual", so the scale stops there. Its own module, free of zod, so the
 * browser's engine can use it without the schema library.
 */
export const LIKELIHOOD_SCALE = ["rare", "uncommon", "possible", "usual"] as const;

export type Likelihood = (typeof LIKELIHOOD_SCALE)[number];
