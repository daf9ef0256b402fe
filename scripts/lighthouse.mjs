#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse (mobile form factor, default simulated throttling)
// against the production server, in Debian's Chromium (/usr/bin/chromium) launched by
// chrome-launcher. Prints Performance, Accessibility, Best Practices, SEO and LCP, TBT,
// CLS for /, the timeline with a sample fragment, and the first question page if built.
// Not part of npm test (slow, and its scores vary with machine load).
//
// Options: --port N (default 3103)  --build (rebuild first)
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { TIMELINE_FRAGMENT, resolveRoutes } from "./lib/routes.mjs";
import { ROOT, ensureBuild, startServer } from "./lib/server.mjs";

const args = process.argv.slice(2);
const port = Number(args[args.indexOf("--port") + 1] || process.env.LIGHTHOUSE_PORT || 3103);
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

ensureBuild({ rebuild: args.includes("--build") });
const question = resolveRoutes({ firstOnly: true }).find((r) => r.pattern === "/questions/[slug]" && r.built);
const targets = ["/", `/timeline#${TIMELINE_FRAGMENT}`, ...(question ? [question.path] : [])];
if (!question) console.warn("warning: no question page is built yet; skipped");

const server = await startServer({ port });
const rows = [];
try {
  for (const path of targets) {
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      chromeFlags: CHROME_FLAGS,
    });
    try {
      const result = await lighthouse(server.url + path, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
      });
      if (!result) throw new Error(`no Lighthouse result for ${path}`);
      const { lhr } = result;
      const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
      const failing = Object.values(lhr.categories)
        .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => lhr.audits[r.id]))
        .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative")
        .map((a) => a.id);
      rows.push({
        path,
        performance: score("performance"),
        accessibility: score("accessibility"),
        bestPractices: score("best-practices"),
        seo: score("seo"),
        lcpMs: Math.round(audit("largest-contentful-paint")),
        tbtMs: Math.round(audit("total-blocking-time")),
        cls: +audit("cumulative-layout-shift").toFixed(3),
        failing,
        consoleErrors: (lhr.audits["errors-in-console"]?.details?.items ?? []).map((i) => `${i.source ?? ""}: ${i.description ?? ""}`.slice(0, 300)),
        runtimeError: lhr.runtimeError?.message,
      });
    } finally {
      await chrome.kill();
    }
  }
} finally {
  server.stop();
}

const header = ["page", "Perf", "A11y", "BP", "SEO", "LCP ms", "TBT ms", "CLS"];
const table = [header, ...rows.map((r) => [r.path, r.performance, r.accessibility, r.bestPractices, r.seo, r.lcpMs, r.tbtMs, r.cls])];
const widths = header.map((_, i) => Math.max(...table.map((row) => String(row[i]).length)));
console.log("\nLighthouse (mobile, simulated throttling)");
for (const [i, row] of table.entries()) {
  console.log(row.map((c, j) => (j === 0 ? String(c).padEnd(widths[j]) : String(c).padStart(widths[j]))).join("  "));
  if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
}
for (const r of rows) {
  if (r.runtimeError) console.log(`${r.path}: runtime error: ${r.runtimeError}`);
  if (r.failing.length) console.log(`${r.path}: audits below 100%: ${r.failing.join(", ")}`);
  for (const e of r.consoleErrors) console.log(`${r.path}: console error ${e}`);
}
mkdirSync(join(ROOT, "reports"), { recursive: true });
writeFileSync(join(ROOT, "reports", "lighthouse.json"), JSON.stringify(rows, null, 2));
