#!/usr/bin/env node
// `npm run budget`: page weight of the static site in out/, page by page, as served:
// the .gz files the build wrote (brotli, which browsers ask for, is smaller and shown
// beside it). No server needed: the files are what every server sends.
//   reading pages: no script but the service-worker registration (/sw-register.js, at
//     most 1 KiB, counted in their JS) and, on Simplified pages, the Traditional
//     suggestion (at most 1 KiB, budgeted on its own), and HTML + CSS (what the first
//     round trip on a new connection can carry, about 14 KiB) at most 14 KiB gzip;
//   interactive pages (islands): first-load JavaScript, every module script and module
//     preload the HTML names plus the registration, at most the route's jsKiB in
//     build/site/routes.json (absolute KiB gzip), and HTML at most 14 KiB gzip.
// Exits 1 when over budget or when a required route is missing.
//
// Options: --build (rebuild the app first)
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { executableScriptCount, firstLoadScriptSrcs, stylesheetHrefs } from "../build/lib/html.mjs";
import { htmlFileOf, resolveRoutes, SITE_BASES } from "../build/site/routes.cjs";
import { SUGGESTION_MAX_BYTES } from "../build/steps/traditional-suggestion.mjs";
import { OUT, ROOT, ensureBuild } from "../serve/servers.mjs";
import { REGISTRATION_PATH, SUGGESTION_PATH as SUGGESTION_SCRIPT } from "../build/site/own-scripts.cjs";

const args = process.argv.slice(2);
const KIB = 1024;
const FIRST_ROUND_TRIP = 14 * KIB;
// The one script every page gets, reading pages included: hand-written to stay this small.
const REGISTRATION_LIMIT = 1 * KIB;
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
    jsBr: size(js, "br"),
    jsFiles: js.length,
    registration: srcs.includes(REGISTRATION_PATH) ? sent(assetFile(outDir, REGISTRATION_PATH), "gz") : 0,
    scripts: executableScriptCount(html) - suggestion,
    suggestion,
  };
}

// ---------- the app ----------
ensureBuild({ rebuild: args.includes("--build") });
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
  let limit = "";
  if (route.kind === "reading") {
    limit = "14 KiB";
    const others = m.scripts - (m.registration > 0 ? 1 : 0);
    if (others > 0 || m.js > m.registration) over.push(`ships ${others} script(s) besides the worker registration, ${kib(m.js - m.registration)} KiB of JS`);
    if (firstTrip > FIRST_ROUND_TRIP) over.push(`HTML+CSS ${kib(firstTrip)} KiB > 14 KiB`);
  } else {
    const jsKiB = route.jsKiB ?? null;
    limit = jsKiB === null ? "none" : `${jsKiB} KiB`;
    if (jsKiB === null) over.push(`interactive page with no jsKiB limit in build/site/routes.json`);
    else if (m.js > jsKiB * KIB) over.push(`JS ${kib(m.js)} KiB > ${jsKiB} KiB`);
    if (m.html > FIRST_ROUND_TRIP) over.push(`HTML ${kib(m.html)} KiB > 14 KiB`);
  }
  over.forEach((o) => failures.push(`${route.path}: ${o}`));
  rows.push({ route: route.path, kind: route.kind, ...m, firstTrip, firstTripBr: m.htmlBr + m.cssBr, limit, ok: over.length === 0 });
}

const header = ["route", "kind", "HTML gz", "CSS gz", "HTML+CSS gz", "HTML+CSS br", "JS gz", "JS br", "files", "limit", ""];
const table = [
  header,
  ...rows.map((r) => [r.route, r.kind, kib(r.html), kib(r.css), kib(r.firstTrip), kib(r.firstTripBr), kib(r.js), kib(r.jsBr), r.jsFiles, r.limit, r.ok ? "ok" : "OVER"]),
];
const widths = header.map((_, i) => Math.max(...table.map((row) => String(row[i]).length)));
const width = (/** @type {number} */ j) => widths[j] ?? 0;
console.log("\nbudget (KiB as sent, from out/)");
console.log("reading pages: no script but the worker registration (in JS), HTML+CSS <= 14 KiB gzip (one round trip); interactive pages: first-load JS <= the route's jsKiB gzip, HTML <= 14 KiB");
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
writeFileSync(join(ROOT, "reports", "budget.json"), JSON.stringify({ rows, failures }, null, 2));
if (failures.length) {
  console.error(`\nover budget:\n  - ${failures.join("\n  - ")}`);
  process.exit(1);
}
console.log("\nbudget: all routes within budget");
