#!/usr/bin/env node
// `npm run islands:runtimes`: the measurement behind the islands' runtime (issue 25).
// Builds every interactive page's island bundle from the built site's pages twice, with
// the same esbuild settings, into a temporary folder: once with Preact (what the site
// ships) and once with React 19's own client (react-dom/client, no Next runtime), and
// prints each page's first-load JS (the entry and its static imports), gzip -9.
// The site's own figures, with the framework reference, are in `npm run budget` and
// `npm run lighthouse`.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { buildIslands } from "../build/islands/bundle.mjs";
import { ensureBuild, OUT, ROOT } from "../serve/servers.mjs";

ensureBuild({ rebuild: false });
const pages = readdirSync(OUT)
  .filter((f) => f.endsWith(".html"))
  .map((f) => ({ key: f, html: readFileSync(join(OUT, f), "utf8") }));
/** @type {Record<string, Record<string, number>>} */
const results = {};
for (const runtime of /** @type {const} */ (["preact", "react"])) {
  const siteDir = mkdtempSync(join(tmpdir(), `islands-${runtime}-`));
  const built = await buildIslands({ sourceRoot: ROOT, siteDir, basePath: "", pages, runtime });
  for (const [key, { module, preloads }] of built.byKey) {
    const gz = [module, ...preloads].reduce((n, url) => n + gzipSync(readFileSync(join(siteDir, url)), { level: 9 }).length, 0);
    (results[key] ??= {})[runtime] = gz;
  }
  rmSync(siteDir, { recursive: true, force: true });
}
console.log("first-load JS of each page's islands, KiB gzip -9 (same components, same esbuild settings)");
console.log(`${"page".padEnd(24)}${"Preact".padStart(8)}${"React".padStart(8)}`);
for (const [key, r] of Object.entries(results)) {
  console.log(`${key.padEnd(24)}${((r.preact ?? 0) / 1024).toFixed(1).padStart(8)}${((r.react ?? 0) / 1024).toFixed(1).padStart(8)}`);
}
