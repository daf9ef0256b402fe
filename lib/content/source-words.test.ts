/**
 * The modal word each event figure records must be the source's own, word for word
 * (the "why" panel quotes it). The articles live outside the repository, in
 * ../shared/seeds; where that folder is absent (a fresh clone) the check is skipped.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { content } from "@/lib/content/load-content";

const SEEDS = path.resolve(process.cwd(), "../shared/seeds");

/** Which seed file each article source was written from (content/sources.ts notes the ids). */
const SEED_OF: Record<string, string> = {
  "article-when-contacts-2025": "000_",
  "article-how-contacts-2024": "001_",
  "article-overdue-process-2025": "002_",
  "article-seven-days": "003_",
  "article-who-is-contacted": "004_",
};

describe.skipIf(!existsSync(SEEDS))("source words are quoted word for word", () => {
  // The body is still collected when skipped, so it must not read a folder that is absent.
  const files = existsSync(SEEDS) ? readdirSync(SEEDS) : [];
  const text = (source: string) => {
    const file = files.find((f) => f.startsWith(SEED_OF[source] ?? "none"));
    // 004's page carries pinyin after some characters ("會(huì)首先"); the word is quoted without it.
    return file ? readFileSync(path.join(SEEDS, file), "utf8").replace(/\([^()\u4e00-\u9fff]{1,8}\)/g, "") : "";
  };
  const figures = content.events.flatMap((e) => e.figures.map((f) => [`${e.id}: ${f.source} 「${f.word}」`, f] as const));

  it.each(figures)("%s", (_name, f) => {
    const article = text(f.source);
    expect(article.length, `no seed for ${f.source}`).toBeGreaterThan(0);
    // "…" joins words that stand apart in the source ("是不会…通常情况下").
    for (const part of f.word.split("…")) expect(article, part).toContain(part);
  });
});
