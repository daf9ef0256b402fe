// A small static export, as `next build` writes one, for the post-build steps' tests:
// an interactive page (/), a reading page (/questions/x) with Next's scripts, its
// Traditional twin, the 404 page and Next's duplicate of it, and two scripts.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSite, type Site } from "@/build/steps/site.mjs";

export const INLINE_BOOTSTRAP = "self.__next_f.push([1,\"x\"])";
/** A start-up script big enough for a compile hint, and one too small for one. */
export const BIG_SCRIPT = "_next/static/chunks/big.js";
export const SMALL_SCRIPT = "_next/static/chunks/small.js";

const page = (twin: string, body: string) =>
  `<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/><title>t</title>` +
  `<link rel="preload" as="script" href="/${SMALL_SCRIPT}"/><script src="/${BIG_SCRIPT}" async=""></script><script src="/${SMALL_SCRIPT}" async=""></script></head>` +
  `<body><a href="${twin}" data-script-switch="">繁</a>${body}<script>${INLINE_BOOTSTRAP}</script></body></html>`;

export const FILES: Record<string, string> = {
  "index.html": page("/zh-Hant", "<main>检查</main>"),
  "questions/x.html": page("/zh-Hant/questions/x", '<main>问答</main><script type="application/ld+json">{"@type":"FAQPage"}</script>'),
  "zh-Hant/questions/x.html": page("/questions/x", "<main>問答</main>"),
  "404.html": page("/zh-Hant", "<main>找不到</main>"),
  "_not-found.html": page("/zh-Hant", "<main>找不到</main>"),
  "_not-found/index.txt": "flight",
  [BIG_SCRIPT]: `console.log(${JSON.stringify("x".repeat(20 * 1024))});`,
  [SMALL_SCRIPT]: "console.log(1);",
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
