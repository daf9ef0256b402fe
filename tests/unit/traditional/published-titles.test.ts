// The Traditional build keeps each source's title as published, read as data from the
// source list (build/traditional/published-titles.mjs), whatever the layout of its lines.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toTraditionalSource } from "@/build/traditional/convert.mjs";
import { CONVERTED_SOURCES_MODULE, readPublishedTitles, sourcesWithPublishedTitles } from "@/build/traditional/published-titles.mjs";
import { sources } from "@/content/sources";

// A source list laid out in ways a line-based reader would miss: a title on its own
// line, one built from two strings, and two sources on one line.
const FIXTURE = `export const sources = [
  {
    id: "a",
    title:
      "借呗逾期7天会打联系人吗",
    language: "zh-Hans",
  },
  { id: "b", title: "支付寶逾期" + "會聯繫哪些人", language: "zh-Hant" }, { id: "c", title: "Fair Debt Collection", language: "en" },
];
`;

function fixtureDir() {
  const dir = mkdtempSync(join(tmpdir(), "published-titles-"));
  writeFileSync(join(dir, "sources.ts"), FIXTURE);
  return dir;
}

describe("published titles", () => {
  it("are read from the source list as data, whatever its layout", async () => {
    expect(await readPublishedTitles(join(fixtureDir(), "sources.ts"))).toEqual([
      { id: "a", title: "借呗逾期7天会打联系人吗" },
      { id: "b", title: "支付寶逾期會聯繫哪些人" },
      { id: "c", title: "Fair Debt Collection" },
    ]);
  });

  it("are read for every source of the real list", async () => {
    const titles = await readPublishedTitles(join(process.cwd(), "content", "sources.ts"));
    expect(titles).toEqual(sources.map(({ id, title }) => ({ id, title })));
  });

  it("follow each converted title in the Traditional copy's source list, other fields as converted", async () => {
    const dir = fixtureDir();
    writeFileSync(join(dir, `${CONVERTED_SOURCES_MODULE}.ts`), toTraditionalSource(FIXTURE));
    writeFileSync(join(dir, "sources.ts"), sourcesWithPublishedTitles([
      { id: "a", title: "借呗逾期7天会打联系人吗" },
      { id: "b", title: "支付寶逾期會聯繫哪些人" },
    ]));
    const { sources: out } = (await import(join(dir, "sources.ts"))) as { sources: Record<string, string>[] };
    expect(out[0]).toEqual({ id: "a", title: "借唄逾期7天會打聯繫人嗎", publishedTitle: "借呗逾期7天会打联系人吗", language: "zh-Hans" });
    expect(Object.keys(out[0] ?? {})).toEqual(["id", "title", "publishedTitle", "language"]);
    expect(out[1]).toMatchObject({ title: "支付寶逾期會聯繫哪些人", publishedTitle: "支付寶逾期會聯繫哪些人" });
    expect(out[2]).toEqual({ id: "c", title: "Fair Debt Collection", language: "en" });
  });

  it("fail the build when a published title has no converted source", async () => {
    const dir = fixtureDir();
    writeFileSync(join(dir, `${CONVERTED_SOURCES_MODULE}.ts`), toTraditionalSource(FIXTURE));
    writeFileSync(join(dir, "sources.ts"), sourcesWithPublishedTitles([{ id: "gone", title: "x" }]));
    await expect(import(join(dir, "sources.ts"))).rejects.toThrow(/no converted source gone/);
  });
});
