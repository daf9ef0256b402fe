/**
 * Front matter of a question file: a YAML block at the top, read with gray-matter at
 * build time. Its shape is then checked by `questionMetaSchema`, so a typo fails the
 * build instead of being cast.
 */
import matter from "gray-matter";
import { z } from "zod";
import { ANSWER_VALUES } from "@/lib/schema/situation-answers";
import { MAX_DAYS } from "@/lib/situation/situation-schema";

z.config({ jitless: true });

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "ids are kebab-case");

export const CLAIM_KINDS = ["event", "stage", "consequence", "advice", "rule", "factor"] as const;
export const claimRefSchema = z.string().regex(new RegExp(`^(${CLAIM_KINDS.join("|")}):[a-z0-9-]+$`), "claims are kind:id");

export const TOPICS = ["contacts", "process", "credit-legal", "coping"] as const;

/** Answers a question may prefill in the check; the same keys as the share link. */
export const prefillSchema = z
  .object({
    product: z.enum(ANSWER_VALUES.product).optional(),
    days: z.coerce.number().int().min(0).max(MAX_DAYS).optional(),
    contact: z.enum(ANSWER_VALUES.contact).optional(),
    history: z.enum(ANSWER_VALUES.history).optional(),
  })
  .strict();

export const questionMetaSchema = z
  .object({
    slug: id,
    question: z.string().trim().min(4),
    /** The answer in two sentences; placeholders allowed. */
    short: z.string().trim().min(10),
    audience: z.enum(["borrower", "contact", "both"]),
    topic: z.enum(TOPICS),
    order: z.coerce.number().int(),
    /** Engine claims the answer rests on; every placeholder's claim must be listed. */
    claims: z.array(claimRefSchema).min(1),
    /** Advice catalogue ids shown under the answer, instead of restating advice. */
    advice: z.array(id).default([]),
    sources: z.array(id).min(1),
    /** Answers the check opens with, e.g. `days=7&product=jiebei`; empty opens it blank. */
    prefill: z.string().default(""),
    /** Also offer the path for emergency contacts. */
    contactPath: z.enum(["yes", "no", "primary"]).default("no"),
    // YAML reads a bare number (12378) as a number: keywords are text.
    keywords: z.array(z.coerce.string().min(1)).default([]),
  })
  .strict();

export type QuestionMeta = z.infer<typeof questionMetaSchema>;

/**
 * Splits a file into its front matter (YAML, read by gray-matter) and Markdown body.
 * An empty value (`prefill:`) counts as absent, so the schema's default applies.
 */
export function splitFrontmatter(file: string): { fields: Record<string, unknown>; body: string } {
  const text = file.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n");
  if (!text.startsWith("---\n")) throw new Error("missing frontmatter (a --- block at the top)");
  // A fresh options object: gray-matter caches by input string otherwise, and a cached
  // result would be shared (and mutable) between callers.
  const { data, content } = matter(text, {});
  const fields = Object.fromEntries(Object.entries(data as Record<string, unknown>).filter(([, v]) => v !== null));
  return { fields, body: content };
}

/** Prefill text to the answers it carries; throws on unknown keys or values. */
export function parsePrefill(prefill: string): z.infer<typeof prefillSchema> {
  const entries = prefill === "" ? [] : prefill.split("&").map((p) => p.split("=") as [string, string]);
  return prefillSchema.parse(Object.fromEntries(entries));
}
