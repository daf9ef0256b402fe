#!/usr/bin/env node
// The post-build step (npm "postbuild", after `next build` wrote the static site to
// out/). In order:
//   1. Reading pages (kind "reading" in scripts/routes.json) must render no client
//      component: their page file and the layouts above it may not reach a "use client"
//      module. The build fails otherwise; such a page belongs in the interactive list.
//   2. Reading pages lose every script and script preload: their text is all in the
//      HTML already. Next's `_not-found` copy of the 404 page goes (404.html stays).
//      Then every page gets the one tiny same-origin script that registers the service
//      worker (out/sw-register.js, written here; see scripts/lib/service-worker.mjs).
//      Every page, in out/ and in the Traditional site out/zh-Hant/, gets its hreflang
//      alternates and its 繁/简 link pointed at its twin (linkScriptTwins).
//   2b. Interactive pages (kind app/content) lose the framework's scripts too, and get
//      their islands instead: one same-origin module per page, built here from the same
//      components with Preact (scripts/lib/islands.mjs), with preloads of its chunks. A
//      listed interactive page without an island fails the build. Next's own scripts,
//      now loaded by no page, leave the site.
//   4b. Every Simplified page gets the one small same-origin script that suggests the
//      Traditional page to browsers preferring Traditional (addTraditionalSuggestion);
//      its CSP then allows 'self' (reading pages: nothing else).
//   3. The start-up scripts of the pages that keep them get V8's compile hint.
//   4. Every page gets its Content-Security-Policy as a <meta http-equiv> at the top of
//      <head>, with the sha256 of exactly its inline scripts (script-src 'none' when
//      it has none left, 'self' on a reading page, whose only scripts are our own
//      same-origin files). Inline event handlers fail the build: no hash allows them.
//   5. out/_headers (Netlify, Cloudflare Pages) and deploy/nginx/site.conf, from the
//      one definition in scripts/security-headers.cjs.
//   6. A .br and a .gz beside every text file.
// Idempotent: running it again on the same out/ gives the same files.
// The service worker itself is written after this step, from the finished out/, by
// scripts/build-service-worker.mjs (npm "postbuild" runs both).
//
// Usage: node scripts/postbuild.mjs [--app dir] [--no-routes]
//   --app dir    the Next app whose out/ to finish (default: this project)
//   --no-routes  no reading pages and no worker registration (the bare reference apps
//                keep the framework's scripts and nothing else)
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { clientModulesOf } from "./lib/client-imports.mjs";
import { markCompileHints } from "./lib/compile-hints.mjs";
import { renderHeadersFile, renderNginxSite } from "./lib/deploy-configs.mjs";
import { executableScriptCount, inlineHandlers, inlineScriptHashes, insertCspMeta, stripScripts } from "./lib/html.mjs";
import { precompress } from "./lib/precompress.mjs";
import { kindFor, listedRoutes, pathOfHtmlFile, sourceFileFor, splitSitePath, TRADITIONAL_BASE } from "./lib/routes.cjs";
import { addWorkerRegistration, writeRegistrationScript } from "./lib/service-worker.mjs";
import { buildIslands, ISLANDS_DIR, islandTags, islandTagsIn } from "./lib/islands.mjs";
import { linkScriptTwins } from "./lib/traditional/script-links.mjs";
import { addTraditionalSuggestion, writeSuggestionScript } from "./lib/traditional/suggestion.mjs";

const require = createRequire(import.meta.url);
const { buildCsp } = require("./security-headers.cjs");
const PROJECT = resolve(new URL("..", import.meta.url).pathname);

const args = process.argv.slice(2);
const appArg = args.indexOf("--app");
const appRoot = resolve(appArg >= 0 ? args[appArg + 1] : PROJECT);
const withRoutes = !args.includes("--no-routes");
const outDir = join(appRoot, "out");
const started = performance.now();

/**
 * Next's client runtime and its router's page data, which no page loads any more (every
 * page is reading or islands): out of the site, so the service workers do not precache
 * them. CSS and the islands stay.
 */
function removeFrameworkScripts(dir) {
  for (const f of readdirSync(dir, { recursive: true }).map(String)) {
    const path = f.split("\\").join("/");
    const nextScript = /(^|\/)_next\/static\//.test(path) && /\.js$/.test(path) && !path.includes(`${ISLANDS_DIR}/`);
    const routerData = /\.txt$/.test(path) && !/(^|\/)robots\.txt$/.test(path);
    if (nextScript || routerData) rmSync(join(dir, f), { force: true });
  }
}

const fail = (problems) => {
  console.error(`postbuild: the build is not a servable static site:\n  - ${problems.join("\n  - ")}`);
  process.exit(1);
};
if (!existsSync(join(outDir, "index.html"))) fail([`no ${outDir}/index.html (run next build with output: "export" first)`]);

// 1. Reading pages render server components only.
const problems = [];
const readingRoutes = withRoutes ? listedRoutes().filter((r) => r.kind === "reading") : [];
for (const route of readingRoutes) {
  if (!existsSync(join(appRoot, sourceFileFor(route)))) continue; // listed, not built yet
  for (const chain of clientModulesOf(appRoot, sourceFileFor(route))) {
    problems.push(`${route.path} is listed as a reading page (scripts/routes.json) but renders a client component: ${chain}. Move the route to kind "content" or "app", or keep the interaction off this page.`);
  }
}
if (problems.length) fail(problems);

// No symlinks in the site: the nginx config does not refuse them (scripts/lib/deploy-configs.mjs).
const links = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((d) => d.isSymbolicLink());
if (links.length) fail(links.map((d) => `${join(d.parentPath ?? d.path, d.name)} is a symlink: a static site holds files only`));

// 2. Scripts out of reading pages; Next's duplicate of the 404 page out of the site.
for (const f of ["_not-found", "_not-found.html", "_not-found.txt"]) rmSync(join(outDir, f), { recursive: true, force: true });
const CSP_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/>/;
const pages = readdirSync(outDir, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith(".html"))
  .sort()
  .map((file) => {
    const path = pathOfHtmlFile(file);
    const reading = withRoutes && kindFor(path) === "reading";
    let html = readFileSync(join(outDir, file), "utf8").replace(CSP_META, "");
    const builtIslands = islandTagsIn(html);
    // With routes, no page keeps the framework's scripts: reading pages need none, and
    // interactive ones get their islands below (2b).
    if (withRoutes) html = stripScripts(html);
    if (withRoutes && executableScriptCount(html) > 0) problems.push(`${path}: a script survived stripping`);
    return { file, path, reading, html, builtIslands };
  });

// 2b. Islands, per site, from that site's source (the Traditional one from its converted copy).
let islandFiles = 0;
if (withRoutes) {
  const sites = [{ base: "", source: appRoot }];
  if (existsSync(join(outDir, TRADITIONAL_BASE.slice(1)))) sites.push({ base: TRADITIONAL_BASE, source: join(appRoot, ".hant-build") });
  for (const site of sites) {
    const sitePages = pages.filter((p) => splitSitePath(p.path).base === site.base);
    const siteDir = join(outDir, site.base.slice(1));
    let byKey;
    if (existsSync(join(site.source, "islands"))) {
      rmSync(join(siteDir, ISLANDS_DIR), { recursive: true, force: true });
      const built = await buildIslands({ sourceRoot: site.source, siteDir, basePath: site.base, pages: sitePages.map((p) => ({ key: p.file, html: p.html })) });
      islandFiles += built.outputs.length;
      byKey = built.byKey;
    } else if (sitePages.some((p) => p.builtIslands)) {
      // Run again on a finished site without its source: its pages keep the bundles they load.
      byKey = new Map(sitePages.filter((p) => p.builtIslands).map((p) => [p.file, p.builtIslands]));
    } else {
      fail([`${site.source}/islands is missing: the ${site.base || "Simplified"} site's islands are built from its source (npm run build)`]);
    }
    for (const page of sitePages) {
      const islands = byKey.get(page.file);
      page.islands = Boolean(islands);
      if (islands) page.html = page.html.replace(/<\/head>/i, `${islandTags(islands)}</head>`);
      else if (!page.reading) problems.push(`${page.path} is listed as an interactive page (kind ${kindFor(page.path)}) but has no island: mark its interactive part with <Island> (components/island.tsx), or list it as reading`);
    }
  }
  for (const page of pages) page.html = addWorkerRegistration(linkScriptTwins(page.html, page.path));
  if (problems.length) fail(problems);
  removeFrameworkScripts(outDir);
}
const registrationBytes = withRoutes ? await writeRegistrationScript(outDir) : 0;

// 3. Compile hints for the scripts that stay.
const hints = markCompileHints(outDir, pages.filter((p) => !p.reading).map((p) => p.html));

// 4. Each page's own CSP.
let hashed = 0;
for (const page of pages) {
  const handlers = inlineHandlers(page.html);
  if (handlers.length) problems.push(`${page.path}: inline event handlers (${handlers.join(", ")}) cannot be allowed by a hash`);
  const hashes = inlineScriptHashes(page.html);
  hashed += hashes.length;
  const html = withRoutes ? addTraditionalSuggestion(page.html, page.path) : page.html;
  // A reading page's only scripts are same-origin files of ours (the worker registration
  // on every page, and on Simplified pages the Traditional suggestion): 'self' and no hash.
  // Island pages likewise: their scripts are the same-origin bundles of 2b.
  const csp = page.reading || page.islands ? buildCsp({ scripts: "self" }) : buildCsp({ scriptHashes: hashes });
  writeFileSync(join(outDir, page.file), insertCspMeta(html, csp));
}
if (problems.length) fail(problems);

if (withRoutes) writeSuggestionScript(outDir);

// 5. Header configs for static hosts.
writeFileSync(join(outDir, "_headers"), renderHeadersFile());
if (appRoot === PROJECT) writeFileSync(join(PROJECT, "deploy", "nginx", "site.conf"), renderNginxSite());

// 6. Precompressed copies.
const packed = await precompress(outDir);

const reading = pages.filter((p) => p.reading).length;
const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;
console.log(
  `postbuild: ${pages.length} pages, ${reading} reading pages without scripts, ${pages.filter((p) => p.islands).length} island pages (${islandFiles} bundle files), ${hashed} inline scripts hashed into ${pages.length - reading} meta CSPs; ` +
    `compile hints on ${hints.marked} script(s) (${hints.already} already); ` +
    (withRoutes ? `worker registration on every page (${registrationBytes} B); ` : "") +
    `${packed.files} text files precompressed (${kib(packed.bytes)} -> br ${kib(packed.brBytes)}, gz ${kib(packed.gzBytes)}); ` +
    `${Math.round(performance.now() - started)} ms`,
);
