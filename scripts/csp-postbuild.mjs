#!/usr/bin/env node
// Post-build step (npm "postbuild"): give every prerendered page a
// Content-Security-Policy whose script-src lists the sha256 hashes of that page's
// inline scripts, so script-src needs neither 'unsafe-inline' nor a nonce and the
// pages stay static.
//
// How: next.config.js sends the security headers on "/:path*" (with a hash-less
// CSP). This script reads .next/prerender-manifest.json, hashes the inline
// <script> elements of each page's HTML in .next/server/app, and appends to the
// "headers" of .next/routes-manifest.json (read by `next start` when it boots):
//   1. a "/:path*" CSP with the hashes of the 404 and error pages (unknown paths),
//   2. one entry per prerendered route with that route's hashes.
// Later header entries override earlier ones for the same key, so the per-route
// CSP wins. The step is idempotent per build (re-running restores the original
// headers first) and fails when a page is not fully static, because a page
// rendered at request time would carry inline scripts nobody hashed.
//
// Usage: node scripts/csp-postbuild.mjs [--if-needed] [--dist .next]
//   --if-needed  do nothing when this build already has its CSP entries
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { inlineScriptHashes } from "./lib/html.mjs";

const require = createRequire(import.meta.url);
const { buildCsp } = require("./security-headers.cjs");
const { buildCustomRoute } = require("next/dist/lib/build-custom-route.js");

const args = process.argv.slice(2);
const distArg = args.indexOf("--dist");
const distDir = resolve(distArg >= 0 ? args[distArg + 1] : ".next");
const ifNeeded = args.includes("--if-needed");

const fail = (msg) => {
  console.error(`csp-postbuild: ${msg}`);
  process.exit(1);
};
const readJson = (p) => JSON.parse(readFileSync(p, "utf8"));

const buildIdFile = join(distDir, "BUILD_ID");
if (!existsSync(buildIdFile)) fail(`no production build in ${distDir} (run next build first)`);
const buildId = readFileSync(buildIdFile, "utf8").trim();
const cspManifestFile = join(distDir, "csp-manifest.json");
const routesManifestFile = join(distDir, "routes-manifest.json");
const previous = existsSync(cspManifestFile) ? readJson(cspManifestFile) : null;

if (ifNeeded && previous?.buildId === buildId) {
  // Applied to this build already, and routes-manifest.json still holds the entries.
  const current = readJson(routesManifestFile).headers ?? [];
  const expected = (previous.originalHeaders?.length ?? 0) + (previous.generatedCount ?? -1);
  if (current.length === expected) process.exit(0);
}

/** Inline event handlers and javascript: URLs cannot be allowed by hashes. */
function inlineHandlers(html) {
  const withoutScripts = html.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, "");
  const found = [];
  for (const m of withoutScripts.matchAll(/<[a-z][^>]*?\s(on[a-z]+)\s*=/gi)) found.push(m[1]);
  if (/\s(?:href|src|action)\s*=\s*["']?\s*javascript:/i.test(withoutScripts)) found.push("javascript: URL");
  return found;
}

const htmlFileFor = (route) => join(distDir, "server", "app", `${route === "/" ? "/index" : route}.html`);
// path-to-regexp treats these as syntax; escape them so the source is a literal path.
const literalSource = (route) => route.replace(/[:()*+?{}\\]/g, (c) => `\\${c}`);

const prerender = readJson(join(distDir, "prerender-manifest.json"));
const appPaths = existsSync(join(distDir, "app-path-routes-manifest.json"))
  ? readJson(join(distDir, "app-path-routes-manifest.json"))
  : {};
const routesManifest = readJson(routesManifestFile);

// Start from the headers next build wrote, even if this step already ran on this build.
const originalHeaders =
  previous?.buildId === buildId && Array.isArray(previous.originalHeaders)
    ? previous.originalHeaders
    : routesManifest.headers;

const problems = [];
const SPECIAL = new Set(["/_not-found", "/_global-error", "/_error", "/404", "/500"]);
const routes = {};
const fallbackHashes = new Set();

for (const [route, info] of Object.entries(prerender.routes ?? {})) {
  if (info.routeType && info.routeType !== "page") continue; // route handlers (icon.svg, ...)
  const file = htmlFileFor(route);
  if (!existsSync(file)) {
    problems.push(`${route}: prerendered but ${file} is missing`);
    continue;
  }
  if (info.initialRevalidateSeconds !== false && info.initialRevalidateSeconds !== undefined) {
    problems.push(`${route}: revalidates every ${info.initialRevalidateSeconds}s; regenerated HTML would not match its hashes (remove \`revalidate\`)`);
  }
  if (info.response && info.response !== "complete") {
    problems.push(`${route}: prerender response is "${info.response}", not "complete" (partial prerendering is not supported by hashed CSP)`);
  }
  const html = readFileSync(file, "utf8");
  const handlers = inlineHandlers(html);
  if (handlers.length) problems.push(`${route}: inline event handlers (${[...new Set(handlers)].join(", ")}) need 'unsafe-inline'`);
  const hashes = [...new Set(inlineScriptHashes(html))].sort();
  if (SPECIAL.has(route)) hashes.forEach((h) => fallbackHashes.add(h));
  else routes[route] = { file: file.slice(distDir.length + 1), hashes };
}

// Every app page must be prerendered: a page rendered per request would carry inline
// scripts whose hashes are in no header, and would not hydrate.
for (const page of Object.values(appPaths)) {
  if (prerender.routes?.[page] || SPECIAL.has(page)) continue;
  const dyn = prerender.dynamicRoutes?.[page];
  if (dyn) {
    if (dyn.fallback !== false) {
      problems.push(`${page}: dynamic route renders unknown params on demand; export \`const dynamicParams = false\` (and generateStaticParams) so only prerendered paths exist`);
    }
    continue;
  }
  const key = Object.keys(appPaths).find((k) => appPaths[k] === page) ?? page;
  if (key.endsWith("/route")) continue; // route handlers send no HTML
  problems.push(`${page}: not prerendered (dynamic rendering); hashed CSP needs static pages`);
}

if (problems.length) {
  fail(`cannot attach hashed CSPs:\n  - ${problems.join("\n  - ")}`);
}
if (!routes["/"]) fail("no prerendered HTML for / (is app/page.tsx static?)");

const toEntry = (source, csp) =>
  buildCustomRoute("header", { source, headers: [{ key: "Content-Security-Policy", value: csp }] });

const generated = [
  toEntry("/:path*", buildCsp({ scriptHashes: [...fallbackHashes] })),
  ...Object.entries(routes)
    .sort(([a], [b]) => a.localeCompare(b))
    // Header sources are matched against the path as requested, i.e. percent-encoded
    // for non-ASCII slugs: emit that form too when it differs.
    .flatMap(([route, { hashes }]) =>
      [...new Set([route, encodeURI(route)])].map((p) => toEntry(literalSource(p), buildCsp({ scriptHashes: hashes }))),
    ),
];
routesManifest.headers = [...originalHeaders, ...generated];
writeFileSync(routesManifestFile, JSON.stringify(routesManifest));
writeFileSync(
  cspManifestFile,
  JSON.stringify(
    {
      buildId,
      note: "written by scripts/csp-postbuild.mjs; per-route CSP script hashes",
      fallbackHashes: [...fallbackHashes].sort(),
      routes,
      generatedCount: generated.length,
      originalHeaders,
    },
    null,
    1,
  ),
);

const count = Object.values(routes).reduce((n, r) => n + r.hashes.length, 0);
console.log(
  `csp-postbuild: hashed CSP for ${Object.keys(routes).length} route(s) (${count} inline scripts) + fallback (${fallbackHashes.size}) in ${routesManifestFile}`,
);
