#!/usr/bin/env node
// The post-build step (npm "postbuild", after `next build` wrote the static site to
// out/ and build/traditional/build.mjs the Traditional one to out/zh-Hant/): the steps
// below, in this order, each its own module in build/steps/ with the signature
// `{ name, withRoutesOnly?, run(site) }` (build/steps/site.mjs). Page steps change the
// pages in memory between read-pages and write-pages; the build stops after the first
// step that finds a problem. To add a step, add its module and one line here.
// Idempotent: running it again on the same out/ gives the same files.
// The service workers are written after this, from the finished out/, by
// build/service-worker/build.mjs (npm "postbuild" runs both).
//
// Usage: node build/postbuild.mjs [--app dir] [--no-routes]
//   --app dir    the Next app whose out/ to finish (default: this project)
//   --no-routes  no reading pages, islands, worker registration or Traditional links (the bare
//                reference apps keep the framework's scripts and nothing else)
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { checkReadingPages } from "./steps/check-reading-pages.mjs";
import { compileHints } from "./steps/compile-hints.mjs";
import { cspMeta } from "./steps/csp-meta.mjs";
import { deployConfigs } from "./steps/deploy-configs.mjs";
import { dropDuplicate404 } from "./steps/drop-duplicate-404.mjs";
import { islands } from "./steps/islands.mjs";
import { readPages, writePages } from "./steps/pages.mjs";
import { precompressSite } from "./steps/precompress.mjs";
import { refuseSymlinks } from "./steps/refuse-symlinks.mjs";
import { openSite } from "./steps/site.mjs";
import { stripReadingScripts } from "./steps/strip-reading-scripts.mjs";
import { suggestTraditional } from "./steps/traditional-suggestion.mjs";
import { linkTraditionalTwins } from "./steps/traditional-twins.mjs";
import { registerWorker } from "./steps/worker-registration.mjs";

/** @type {import("./steps/site.mjs").Step[]} */
export const STEPS = [
  checkReadingPages, // reading pages render no client component (from the source)
  refuseSymlinks,
  dropDuplicate404, // Next's _not-found copy of 404.html
  readPages,
  islands, // interactive pages: Next's scripts out, their island modules in (from the source)
  stripReadingScripts, // reading pages keep no script of Next's
  linkTraditionalTwins, // hreflang alternates and the 繁/简 link
  registerWorker, // every page: /sw-register.js
  compileHints, // V8's compile hint on the islands' big chunks
  suggestTraditional, // Simplified pages: /suggest-traditional.js
  cspMeta, // each page's CSP, from the scripts it has now: after every step that changes them
  writePages,
  deployConfigs, // out/_headers and deploy/nginx/site.conf
  precompressSite, // .br and .gz beside every text file: last
];

/**
 * Runs the steps over one site; the log line's parts, or the problems that stop the build.
 * @param {import("./steps/site.mjs").Site} site
 * @param {import("./steps/site.mjs").Step[]} steps
 * @returns {Promise<{ ok: true, summaries: string[] } | { ok: false, problems: string[] }>}
 */
export async function runSteps(site, steps = STEPS) {
  const summaries = [];
  for (const step of steps) {
    if (step.withRoutesOnly && !site.withRoutes) continue;
    const summary = await step.run(site);
    if (site.problems.length) return { ok: false, problems: site.problems };
    if (summary) summaries.push(summary);
  }
  return { ok: true, summaries };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const PROJECT = resolve(fileURLToPath(new URL("..", import.meta.url)));
  const args = process.argv.slice(2);
  const appArg = args.indexOf("--app");
  const appRoot = resolve(appArg >= 0 ? (args[appArg + 1] ?? "") : PROJECT);
  const outDir = join(appRoot, "out");
  const started = performance.now();
  /** @param {string[]} problems */
  const fail = (problems) => {
    console.error(`postbuild: the build is not a servable static site:\n  - ${problems.join("\n  - ")}`);
    process.exit(1);
  };
  if (!existsSync(join(outDir, "index.html"))) fail([`no ${outDir}/index.html (run next build with output: "export" first)`]);
  const result = await runSteps(openSite({ appRoot, outDir, withRoutes: !args.includes("--no-routes"), isProject: appRoot === PROJECT }));
  if (!result.ok) fail(result.problems);
  else console.log(`postbuild: ${result.summaries.join("; ")}; ${Math.round(performance.now() - started)} ms`);
}
