#!/usr/bin/env node
// `npm run budget`: page weight of the production build, route by route.
// For each prerendered page (and each route listed in scripts/routes.json): gzip bytes of the HTML, of the CSS it links, and of its first-load
// JavaScript (every <script src> without nomodule), and that JavaScript as a multiple
// of a bare page's (an empty server component with a minimal layout, built with the
// same next/react and next.config in .budget-bare/<key>/, cached).
// Budgets: content pages <= 1.05x baseline JS, / and /timeline <= 1.25x, HTML < 14 KiB gzip.
// Exits 1 when over budget or when a required route is missing.
//
// Options: --build (rebuild the app first)  --port N (default $BUDGET_PORT or 3101)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { bareAppKey, buildBareApp, nextVersion, reactVersion } from "./lib/bare-app.mjs";
import { firstLoadScriptSrcs, stylesheetHrefs } from "./lib/html.mjs";
import { resolveRoutes } from "./lib/routes.mjs";
import { ROOT, ensureBuild, startServer } from "./lib/server.mjs";

const args = process.argv.slice(2);
const port = Number(args[args.indexOf("--port") + 1] || process.env.BUDGET_PORT || 3101);
const KIB = 1024;
const HTML_LIMIT = 14 * KIB;
const JS_LIMIT = { content: 1.05, app: 1.25 };

const gz = (buf) => gzipSync(buf).length;
const kib = (n) => (n / KIB).toFixed(1);
function measureBuiltPage(dir, htmlFile) {
  const html = readFileSync(htmlFile);
  let js = 0;
  for (const src of firstLoadScriptSrcs(html.toString("utf8"))) {
    const file = join(dir, ".next", src.replace(/^\/_next\//, "").split("?")[0]);
    js += gz(readFileSync(file));
  }
  return { html: gz(html), js };
}

// ---------- baseline: a bare app with the same Next/React and next.config ----------
function baseline() {
  const key = bareAppKey();
  const cachedFile = (dir) => join(dir, "baseline.json");
  const dir = buildBareApp({
    dirName: key,
    label: "the bare baseline app",
    pageTsx: "export default function Page() {\n  return <main />;\n}\n",
    isBuilt: (d) => existsSync(cachedFile(d)),
  });
  if (!existsSync(cachedFile(dir))) {
    const m = measureBuiltPage(dir, join(dir, ".next", "server", "app", "index.html"));
    writeFileSync(cachedFile(dir), JSON.stringify({ next: nextVersion(), react: reactVersion(), htmlGzip: m.html, jsGzip: m.js }, null, 2));
  }
  return { key, ...JSON.parse(readFileSync(cachedFile(dir), "utf8")) };
}

// ---------- the app ----------
async function main() {
  if (args.includes("--build")) ensureBuild({ rebuild: true });
  else ensureBuild();
  const base = baseline();
  const server = await startServer({ port });
  const assetCache = new Map();
  const assetGzip = async (url) => {
    if (!assetCache.has(url)) {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      assetCache.set(url, gz(Buffer.from(await res.arrayBuffer())));
    }
    return assetCache.get(url);
  };

  const rows = [];
  const failures = [];
  try {
    for (const route of resolveRoutes({ all: true })) {
      if (!route.built) {
        if (route.required) failures.push(`${route.path}: required route is not built`);
        else console.warn(`warning: ${route.pattern} is not built yet; skipped`);
        continue;
      }
      const res = await fetch(server.url + route.path);
      const body = Buffer.from(await res.arrayBuffer());
      if (res.status !== 200) {
        if (route.required) failures.push(`${route.path}: HTTP ${res.status}`);
        else console.warn(`warning: ${route.path} answered ${res.status}; skipped`);
        continue;
      }
      const html = body.toString("utf8");
      let css = 0;
      for (const href of stylesheetHrefs(html)) css += await assetGzip(new URL(href, server.url).href);
      let js = 0;
      for (const src of firstLoadScriptSrcs(html)) js += await assetGzip(new URL(src, server.url).href);
      const ratio = js / base.jsGzip;
      const limit = JS_LIMIT[route.kind] ?? JS_LIMIT.content;
      const over = [];
      if (gz(body) >= HTML_LIMIT) over.push(`HTML ${kib(gz(body))} KiB >= 14 KiB`);
      if (ratio > limit) over.push(`JS ${ratio.toFixed(3)}x > ${limit}x`);
      over.forEach((o) => failures.push(`${route.path}: ${o}`));
      rows.push({ route: route.path, kind: route.kind, html: gz(body), css, js, ratio, limit, ok: over.length === 0 });
    }
  } finally {
    server.stop();
  }

  const header = ["route", "kind", "HTML gz KiB", "CSS gz KiB", "JS gz KiB", "JS x bare", "JS budget", ""];
  const table = [
    header,
    ["(bare page)", "-", kib(base.htmlGzip), "0.0", kib(base.jsGzip), "1.000", "-", ""],
    ...rows.map((r) => [r.route, r.kind, kib(r.html), kib(r.css), kib(r.js), r.ratio.toFixed(3), `${r.limit.toFixed(2)}`, r.ok ? "ok" : "OVER"]),
  ];
  const widths = header.map((_, i) => Math.max(...table.map((row) => String(row[i]).length)));
  console.log(`\nbudget (gzip; bare baseline from .budget-bare/${base.key}; HTML limit 14 KiB)`);
  for (const [i, row] of table.entries()) {
    console.log(row.map((c, j) => (j === 0 ? String(c).padEnd(widths[j]) : String(c).padStart(widths[j]))).join("  "));
    if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
  }
  mkdirSync(join(ROOT, "reports"), { recursive: true });
  writeFileSync(join(ROOT, "reports", "budget.json"), JSON.stringify({ baseline: base, rows, failures }, null, 2));
  if (failures.length) {
    console.error(`\nover budget:\n  - ${failures.join("\n  - ")}`);
    process.exit(1);
  }
  console.log("\nbudget: all routes within budget");
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
