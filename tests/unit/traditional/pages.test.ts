// The built site (out/ and out/zh-Hant/ after `npm run build`): the Traditional pages are
// fully converted, both sites mirror each other, and the Simplified pages carry no
// converted text. Skipped when there is no build; tools/test.sh runs this file again
// after the build with SITE_BUILT=1, and then a missing build fails it.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/content";
import { toTraditional } from "@/build/traditional/convert.mjs";
import { ALSO_TRADITIONAL } from "@/build/traditional/exceptions.mjs";
import routes from "@/build/site/routes.cjs";

const content = loadContent();
const OUT = join(process.cwd(), "out");
const built = existsSync(join(OUT, "zh-Hant", "index.html"));
if (process.env.SITE_BUILT && !built) throw new Error("SITE_BUILT is set but out/zh-Hant/index.html is missing: the Traditional build did not run");
const pages = built ? routes.builtPages(OUT) : [];
const hant = pages.filter((p: string) => routes.splitSitePath(p).base === routes.TRADITIONAL_BASE);
const hans = pages.filter((p: string) => routes.splitSitePath(p).base === "");
const html = (path: string) => readFileSync(routes.htmlFileOf(OUT, path), "utf8");

/** What a reader sees: no scripts, styles or tags, and no element marked as the other script. */
function visibleText(page: string, otherLang: string): string {
  return page
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, "")
    .replace(new RegExp(`<([a-z]+)\\b[^>]*\\blang="${otherLang}"[^>]*>[\\s\\S]*?</\\1>`, "g"), "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&[a-z#0-9]+;/g, " ");
}

/** Characters converting once more would change, apart from the reviewed ones. */
function unconverted(text: string): string[] {
  const again = [...toTraditional(text)];
  const allowed = new Set(ALSO_TRADITIONAL.map((a) => a.char));
  return [...text].flatMap((c, i) => (c !== again[i] && !allowed.has(c) ? [`${c}→${again[i]} in …${[...text].slice(Math.max(0, i - 8), i + 8).join("")}…`] : []));
}

describe.skipIf(!built)("the Traditional site in out/zh-Hant", () => {
  it("mirrors every Simplified page, and the other way round", () => {
    expect(hant.map((p: string) => routes.splitSitePath(p).path)).toEqual(hans);
    expect(hant.length).toBeGreaterThan(50);
  });

  it("every page is in Traditional characters: converting its text once more changes nothing", () => {
    const problems = hant.flatMap((p: string) => unconverted(visibleText(html(p), "zh-Hans")).map((u) => `${p}: ${u}`));
    expect(problems).toEqual([]);
  });

  it("structured data (FAQ) is in Traditional too", () => {
    const blocks = hant.flatMap((p: string) => [...html(p).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => [p, m[1] as string]));
    expect(blocks.length).toBeGreaterThan(20);
    expect(blocks.flatMap(([p, json]) => unconverted(json as string).map((u) => `${p}: ${u}`))).toEqual([]);
  });

  it("the engine's content.json is converted too", () => {
    const json = readFileSync(join(OUT, "zh-Hant", "content.json"), "utf8");
    expect(unconverted(json)).toEqual([]);
    expect(json).toContain("借唄");
  });

  it("pages say which script they are in", () => {
    for (const p of hant) expect(html(p), p).toContain('<html lang="zh-Hant"');
    for (const p of hans) expect(html(p), p).toContain('<html lang="zh-Hans"');
  });

  it("Simplified pages carry no converted text (only the 繁體 link and titles published in Traditional)", () => {
    const publishedInTraditional = content.sources.filter((s) => s.language === "zh-Hant").flatMap((s) => [s.title, s.publisher]);
    const converterOnly = new Set<string>();
    for (const p of hans) {
      let text = visibleText(html(p), "zh-Hant");
      for (const t of publishedInTraditional) text = text.split(t).join("");
      const chars = [...text];
      const converted = [...toTraditional(text)];
      chars.forEach((c, i) => {
        if (c !== converted[i]) converterOnly.add(converted[i] as string);
      });
      const leaked = [...text].filter((c) => converterOnly.has(c));
      expect(leaked, p).toEqual([]);
    }
    expect(html("/")).toContain("借呗、花呗逾期了？");
  });
});
