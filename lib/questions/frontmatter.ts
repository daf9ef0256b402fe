/**
 * Frontmatter of a question file: a `---` block of `key: value` lines at the top, where a
 * value is text or a `[a, b]` list. Deliberately tiny (no YAML library): the shape is
 * then checked by `questionMetaSchema`, so a typo fails the build instead of being cast.
 */
import { z } from "zod";
import { ANSWER_VALUES } from "@/lib/situation/answers";

z.config({ jitless: true });

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "ids are kebab-case");

export const CLAIM_KINDS = ["event", "stage", "consequence", "advice", "rule", "factor"] as const;
export const claimRefSchema = z.string().regex(new RegExp(`^(${CLAIM_KINDS.join("|")}):[a-z0-9-]+$`), "claims are kind:id");

export const TOPICS = ["contacts", "process", "credit-legal", "coping"] as const;

/** Answers a question may prefill in the check; the same keys as the share link. */
export const prefillSchema = z
  .object({
    product: z.enum(ANSWER_VALUES.product).optional(),
    days: z.coerce.number().int().min(0).max(3650).optional(),
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
    keywords: z.array(z.string().min(1)).default([]),
  })
  .strict();

export type QuestionMeta = z.infer<typeof questionMetaSchema>;

function parseValue(raw: string): string | string[] {
  const v = raw.trim();
  if (v.startsWith("[") && v.endsWith("]")) {
    const inner = v.slice(1, -1).trim();
    return inner === "" ? [] : inner.split(",").map((x) => x.trim());
  }
  return v;
}

/** Splits a file into its frontmatter fields and Markdown body. */
export function splitFrontmatter(file: string): { fields: Record<string, string | string[]>; body: string } {
  const text = file.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n");
  const m = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  if (!m) throw new Error("missing frontmatter (a --- block at the top)");
  const fields: Record<string, string | string[]> = {};
  for (const line of (m[1] as string).split("\n")) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    const colon = line.indexOf(":");
    if (colon <= 0) throw new Error(`frontmatter line is not "key: value": ${line}`);
    const key = line.slice(0, colon).trim();
    if (key in fields) throw new Error(`frontmatter key "${key}" appears twice`);
    fields[key] = parseValue(line.slice(colon + 1));
  }
  return { fields, body: text.slice(m[0].length) };
}

/** Prefill text to the answers it carries; throws on unknown keys or values. */
export function parsePrefill(prefill: string): z.infer<typeof prefillSchema> {
  const entries = prefill === "" ? [] : prefill.split("&").map((p) => p.split("=") as [string, string]);
  return prefillSchema.parse(Object.fromEntries(entries));
}
