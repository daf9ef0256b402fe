// A small static export, as `next build` writes one, for the post-build steps' tests:
// an interactive page (/) whose island was built by an earlier run (its module and
// chunk, a big and a small script, in the islands' folder), a reading page
// (/questions/x) with Next's scripts, its Traditional twin, the 404 page and Next's
// duplicate of it, and Next's own chunk, which the islands step removes.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSite, type Site } from "@/build/steps/site.mjs";

export const INLINE_BOOTSTRAP = "self.__next_f.push([1,\"x\"])";
/** A start-up script big enough for a compile hint, and one too small for one. */
export const BIG_SCRIPT = "_next/static/islands/c-big.js";
export const SMALL_SCRIPT = "_next/static/islands/index-small.js";
export const NEXT_SCRIPT = "_next/static/chunks/next.js";
const ISLAND_TAGS = `<link rel="modulepreload" href="/${BIG_SCRIPT}"/><script type="module" src="/${SMALL_SCRIPT}"></script>`;

const page = (twin: string, body: string, head = "") =>
  `<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/><title>t</title>` +
  `<link rel="preload" as="script" href="/${NEXT_SCRIPT}"/><script src="/${NEXT_SCRIPT}" async=""></script>${head}</head>` +
  `<body><a href="${twin}" data-script-switch="">繁</a>${body}<script>${INLINE_BOOTSTRAP}</script></body></html>`;

export const FILES: Record<string, string> = {
  "index.html": page("/zh-Hant", '<main><div data-island="CheckEntry"><script type="application/json">{}</script><form>检查</form></div></main>', ISLAND_TAGS),
  "questions/x.html": page("/zh-Hant/questions/x", '<main>问答</main><script type="application/ld+json">{"@type":"FAQPage"}</script>'),
  "zh-Hant/questions/x.html": page("/questions/x", "<main>問答</main>"),
  "404.html": page("/zh-Hant", "<main>找不到</main>"),
  "_not-found.html": page("/zh-Hant", "<main>找不到</main>"),
  "_not-found/index.txt": "flight",
  [BIG_SCRIPT]: `console.log(${JSON.stringify("x".repeat(20 * 1024))});`,
  [SMALL_SCRIPT]: 'import "./c-big.js";',
  [NEXT_SCRIPT]: "self.next = 1;",
  "index.txt": "router data",
  "content.json": '{"a":1}',
};

/** A fresh copy of the fixture export in a temp folder (the app root), opened as a site. */
export function fixtureSite(options: { withRoutes?: boolean; files?: Record<string, string> } = {}): Site {
  const appRoot = mkdtempSync(join(tmpdir(), "postbuild-"));
  const outDir = join(appRoot, "out");
  for (const [file, text] of Object.entries(options.files ?? FILES)) {
    mkdirSync(join(outDir, file, ".."), { recursive: true });
    writeFileSync(join(outDir, file), text);
  }
  return openSite({ appRoot, outDir, withRoutes: options.withRoutes ?? true });
}

/** Every file of the site with its bytes, to compare two runs. */
export function snapshot(outDir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(outDir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name))
      .sort()
      .map((f) => [f.slice(outDir.length + 1), readFileSync(f).toString("base64")]),
  );
}
