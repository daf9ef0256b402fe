/**
 * What is wrong with the several-debts page's texts (content/several-debts.ts), checked
 * with zod: their shape, and that every citation names a source that exists. The loader
 * runs it, so `next build` fails on bad data.
 */
import "server-only";
import { z } from "zod";
import type { Content } from "@/lib/schema/content";
import { severalDebtsContentSchema } from "@/lib/schema/several-debts";

z.config({ jitless: true });

/** Every `{ source }` anywhere in the texts, with where it sits. */
function citationsIn(node: unknown, path: string, out: { path: string; source: string }[] = []) {
  if (Array.isArray(node)) node.forEach((x, i) => citationsIn(x, `${path}.${i}`, out));
  else if (node && typeof node === "object") {
    const record = node as Record<string, unknown>;
    if (typeof record.source === "string") out.push({ path, source: record.source });
    else for (const [key, value] of Object.entries(record)) citationsIn(value, path ? `${path}.${key}` : key, out);
  }
  return out;
}

export function findSeveralDebtsProblems(texts: unknown, data: Pick<Content, "sources">): string[] {
  const parsed = severalDebtsContentSchema.safeParse(texts);
  if (!parsed.success) return parsed.error.issues.map((issue) => `several-debts ${issue.path.join(".")}: ${issue.message}`);
  const sourceIds = new Set(data.sources.map((s) => s.id));
  return citationsIn(parsed.data, "")
    .filter((c) => !sourceIds.has(c.source))
    .map((c) => `several-debts ${c.path} cites unknown source ${c.source}`);
}
