#!/usr/bin/env node
// `npm run budget`: page weight of the static site in out/, page by page, as served:
// the .gz files the build wrote (brotli, which browsers ask for, is smaller and shown
// beside it). No server needed: the files are what every server sends.
//   reading pages: no script but the service-worker registration (/sw-register.js, at
//     most 1 KiB, counted in their JS) and, on Simplified pages, the Traditional
//     suggestion (at most 1 KiB, budgeted on its own), and HTML + CSS (what the first round trip on a
//     new connection can carry, about 14 KiB) at most 14 KiB gzip;
//   interactive pages: first-load JavaScript (every <script src> without nomodule) as a
//     multiple of a bare page's (an empty server component with a minimal layout, built
//     with the same next/react and next.config in .budget-bare/<key>/, cached):
//     content <= 1.06x, app <= 1.25x (the registration script included); HTML < 15 KiB gzip
//     (both stopgaps until the islands of issue 25; see JS_LIMIT and INTERACTIVE_HTML_LIMIT).
// Exits 1 when over budget or when a required route is missing.
//
// Options: --build (rebuild the app first)
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bareAppKey, buildBareApp, nextVersion, reactVersion } from "./lib/bare-app.mjs";
import { executableScriptCount, firstLoadScriptSrcs, stylesheetHrefs } from "../build/lib/html.mjs";
import { htmlFileOf, resolveRoutes, SITE_BASES } from "../build/site/routes.cjs";
import { SUGGESTION_MAX_BYTES } from "../build/steps/traditional-suggestion.mjs";
import { OUT, ROOT, ensureBuild } from "../serve/servers.mjs";
import { REGISTRATION_PATH, SUGGESTION_PATH as SUGGESTION_SCRIPT } from "../build/site/own-scripts.cjs";

const args = process.argv.slice(2);
const KIB = 1024;
const FIRST_ROUND_TRIP = 14 * KIB;
// Interactive pages' HTML: 14 KiB until 2026-12-04. The framework repeats each page's
// server-rendered text in its page data, so the footer's help line (issue 22) counts twice
// there and put /emergency-contact at 14.0-14.2 KiB gzip (about 12 KiB as brotli, which
// every server here sends). A stopgap until the islands (issue 25) drop that page data.
const INTERACTIVE_HTML_LIMIT = 15 * KIB;
// The one script every page gets, reading pages included: hand-written to stay this small.
const REGISTRATION_LIMIT = 1 * KIB;
// content was 1.05x until 2026-12-04: the help line in every page's footer (issue 22) and the
// contact's new answers (issue 23) are repeated in the framework's page data, which put
// /emergency-contact at 1.051x. 1.06x is a stopgap until the islands (issue 25) drop the
// framework runtime and these ratios become absolute KiB limits.
const JS_LIMIT = { content: 1.06, app: 1.25 };
const kib = (/** @type {number} */ n) => (n / KIB).toFixed(1);

/** Bytes of a file of the site as sent with an encoding ("gz" or "br"). @param {string} file @param {"gz" | "br"} enc */
const sent = (file, enc) => statSync(`${file}.${enc}`).size;
const assetFile = (/** @type {string} */ outDir, /** @type {string} */ url) => join(outDir, url.split("?")[0] ?? url);

/** @param {string} outDir @param {string} htmlFile */
function measurePage(outDir, htmlFile) {
  const html = readFileSync(htmlFile, "utf8");
  const size = (/** @type {string[]} */ files, /** @type {"gz" | "br"} */ enc) => files.reduce((n, f) => n + sent(f, enc), 0);
  const css = stylesheetHrefs(html).map((h) => assetFile(outDir, h));
  // The Traditional suggestion (Simplified pages, deferred, budgeted on its own below).
  const srcs = firstLoadScriptSrcs(html);
  const suggestion = srcs.includes(SUGGESTION_SCRIPT) ? 1 : 0;
  const js = srcs.filter((s) => s !== SUGGESTION_SCRIPT).map((s) => assetFile(outDir, s));
  return {
    html: sent(htmlFile, "gz"),
    htmlBr: sent(htmlFile, "br"),
    css: size(css, "gz"),
    cssBr: size(css, "br"),
    js: size(js, "gz"),
    registration: srcs.includes(REGISTRATION_PATH) ? sent(assetFile(outDir, REGISTRATION_PATH), "gz") : 0,
    scripts: executableScriptCount(html) - suggestion,
    suggestion,
  };
}

// ---------- baseline: a bare app with the same Next/React and next.config ----------
function baseline() {
  const key = bareAppKey();
  const cachedFile = (/** @type {string} */ dir) => join(dir, "baseline.json");
  const dir = buildBareApp({
    dirName: key,
    label: "the bare baseline app",
    pageTsx: "export default function Page() {\n  return <main />;\n}\n",
    isBuilt: (/** @type {string} */ d) => existsSync(cachedFile(d)),
  });
  if (!existsSync(cachedFile(dir))) {
    const m = measurePage(join(dir, "out"), join(dir, "out", "index.html"));
    writeFileSync(cachedFile(dir), JSON.stringify({ next: nextVersion(), react: reactVersion(), htmlGzip: m.html, jsGzip: m.js }, null, 2));
  }
  return { key, ...JSON.parse(readFileSync(cachedFile(dir), "utf8")) };
}

// ---------- the app ----------
ensureBuild({ rebuild: args.includes("--build") });
const base = baseline();
const rows = [];
const failures = [];
// Both sites: the Simplified one and the Traditional one under /zh-Hant (build/traditional/build.mjs).
for (const route of SITE_BASES.flatMap((base) => resolveRoutes({ all: true, base }))) {
  if (!route.built) {
    if (route.required) failures.push(`${route.path}: required route is not built`);
    else console.warn(`warning: ${route.pattern} is not built yet; skipped`);
    continue;
  }
  const m = measurePage(OUT, htmlFileOf(OUT, route.path));
  const over = [];
  const firstTrip = m.html + m.css;
  let ratio = null;
  let limit = "";
  if (route.kind === "reading") {
    limit = "14 KiB";
    const others = m.scripts - (m.registration > 0 ? 1 : 0);
    if (others > 0 || m.js > m.registration) over.push(`ships ${others} script(s) besides the worker registration, ${kib(m.js - m.registration)} KiB of JS`);
    if (firstTrip > FIRST_ROUND_TRIP) over.push(`HTML+CSS ${kib(firstTrip)} KiB > 14 KiB`);
  } else {
    ratio = m.js / base.jsGzip;
    const max = JS_LIMIT[route.kind] ?? JS_LIMIT.content;
    limit = `${max.toFixed(2)}x`;
    if (m.html >= INTERACTIVE_HTML_LIMIT) over.push(`HTML ${kib(m.html)} KiB >= ${kib(INTERACTIVE_HTML_LIMIT)} KiB`);
    if (ratio > max) over.push(`JS ${ratio.toFixed(3)}x > ${max}x`);
  }
  over.forEach((o) => failures.push(`${route.path}: ${o}`));
  rows.push({ route: route.path, kind: route.kind, ...m, firstTrip, firstTripBr: m.htmlBr + m.cssBr, ratio, limit, ok: over.length === 0 });
}

const header = ["route", "kind", "HTML gz", "CSS gz", "HTML+CSS gz", "HTML+CSS br", "JS gz", "JS x bare", "limit", ""];
const table = [
  header,
  ["(bare page)", "-", kib(base.htmlGzip), "0.0", "-", "-", kib(base.jsGzip), "1.000", "-", ""],
  ...rows.map((r) => [r.route, r.kind, kib(r.html), kib(r.css), kib(r.firstTrip), kib(r.firstTripBr), kib(r.js), r.ratio === null ? "-" : r.ratio.toFixed(3), r.limit, r.ok ? "ok" : "OVER"]),
];
const widths = header.map((_, i) => Math.max(...table.map((row) => String(row[i]).length)));
const width = (/** @type {number} */ j) => widths[j] ?? 0;
console.log(`\nbudget (KiB as sent, from out/; bare baseline from .budget-bare/${base.key})`);
console.log("reading pages: no script but the worker registration (in JS gz), HTML+CSS <= 14 KiB gzip (one round trip); others: JS x bare page, HTML < 15 KiB");
for (const [i, row] of table.entries()) {
  console.log(row.map((c, j) => (j === 0 ? String(c).padEnd(width(j)) : String(c).padStart(width(j)))).join("  "));
  if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
}
const registrationRaw = statSync(assetFile(OUT, REGISTRATION_PATH)).size;
console.log(`\nworker registration ${REGISTRATION_PATH}: ${registrationRaw} B raw, ${sent(assetFile(OUT, REGISTRATION_PATH), "gz")} B gzip (limit ${REGISTRATION_LIMIT} B raw), on every page`);
if (registrationRaw > REGISTRATION_LIMIT) failures.push(`${REGISTRATION_PATH}: ${registrationRaw} B > ${REGISTRATION_LIMIT} B`);
const suggestionFile = join(OUT, SUGGESTION_SCRIPT.slice(1));
const suggestionRaw = statSync(suggestionFile).size;
const withSuggestion = rows.filter((r) => r.suggestion).length;
console.log(`\nTraditional suggestion ${SUGGESTION_SCRIPT}: ${suggestionRaw} B raw, ${sent(suggestionFile, "gz")} B gzip, ${sent(suggestionFile, "br")} B brotli, deferred, on ${withSuggestion} Simplified pages (limit ${SUGGESTION_MAX_BYTES} B raw)`);
if (suggestionRaw > SUGGESTION_MAX_BYTES) failures.push(`${SUGGESTION_SCRIPT}: ${suggestionRaw} B > ${SUGGESTION_MAX_BYTES} B`);
const reading = rows.filter((r) => r.kind === "reading");
if (reading.length) {
  const worst = reading.reduce((a, b) => (b.firstTrip > a.firstTrip ? b : a));
  console.log(`\nreading pages: ${reading.length}, largest first round trip ${kib(worst.firstTrip)} KiB gzip / ${kib(worst.firstTripBr)} KiB brotli (${worst.route}) of 14 KiB`);
}
mkdirSync(join(ROOT, "reports"), { recursive: true });
writeFileSync(join(ROOT, "reports", "budget.json"), JSON.stringify({ baseline: base, rows, failures }, null, 2));
if (failures.length) {
  console.error(`\nover budget:\n  - ${failures.join("\n  - ")}`);
  process.exit(1);
}
console.log("\nbudget: all routes within budget");
