/**
 * The modal word each event figure records must be the source's own, word for word (the
 * "why" panel quotes it), and it must stand in the passage the figure cites: a word found
 * elsewhere in the same article does not count. The texts live outside the repository,
 * in ../shared; where they are absent (a fresh clone) the check is skipped.
 */
import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { passageOf, SHARED_TEXTS, sourceText } from "@/tests/unit/content/source-passages";

describe.skipIf(!SHARED_TEXTS)("each figure's word stands in the passage it cites", () => {
  const figures = content.events.flatMap((e) => e.figures.map((f) => [`${e.id}: ${f.source} (${f.where}) 「${f.word}」`, f] as const));

  it.each(figures)("%s", (_name, f) => {
    const passage = passageOf(f.source, f.where);
    expect(passage, `no passage found for ${f.source} at "${f.where}": name a section listed in tests/unit/content/source-passages.ts`).toBeDefined();
    // "…" joins words that stand apart in the source ("是不会…通常情况下").
    for (const part of f.word.split("…")) expect(passage, `「${part}」 is not in ${f.source} at "${f.where}"`).toContain(part);
  });

  it("the check is by passage: a word the article has, but elsewhere, is not found", () => {
    // 003 says 有可能 about day 7, not about its first three days of SMS.
    expect(sourceText("article-seven-days")).toContain("有可能");
    expect(passageOf("article-seven-days", "催收流程：逾期第1-3天")).not.toContain("有可能");
    // 004's pinyin is stripped before the words are looked for.
    expect(passageOf("article-who-is-contacted", "2.1")).toContain("會首先");
  });
});
