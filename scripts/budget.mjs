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
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, copyFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
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
const version = (pkg) => JSON.parse(readFileSync(join(ROOT, "node_modules", pkg, "package.json"), "utf8")).version;

// ---------- baseline: a bare app with the same Next/React and next.config ----------
function baselineKey() {
  const h = createHash("sha256");
  for (const f of ["next.config.js", "scripts/security-headers.cjs"]) h.update(readFileSync(join(ROOT, f)));
  return `next-${version("next")}-react-${version("react")}-${h.digest("hex").slice(0, 10)}`;
}

function measureBuiltPage(dir, htmlFile) {
  const html = readFileSync(htmlFile);
  let js = 0;
  for (const src of firstLoadScriptSrcs(html.toString("utf8"))) {
    const file = join(dir, ".next", src.replace(/^\/_next\//, "").split("?")[0]);
    js += gz(readFileSync(file));
  }
  return { html: gz(html), js };
}

function baseline() {
  const key = baselineKey();
  const dir = join(ROOT, ".budget-bare", key);
  const cached = join(dir, "baseline.json");
  if (existsSync(cached)) return { key, ...JSON.parse(readFileSync(cached, "utf8")) };
  console.log(`> building the bare baseline app in .budget-bare/${key} (once per Next version/config)`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "app"), { recursive: true });
  mkdirSync(join(dir, "scripts"), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  // The project's own next.config, plus an explicit Turbopack root (the project) so the
  // symlinked node_modules is inside it whatever lockfile detection would pick.
  copyFileSync(join(ROOT, "next.config.js"), join(dir, "next.config.project.js"));
  writeFileSync(
    join(dir, "next.config.js"),
    `const base = require("./next.config.project.js");\nmodule.exports = { ...base, turbopack: { ...base.turbopack, root: ${JSON.stringify(ROOT)} } };\n`,
  );
  copyFileSync(join(ROOT, "scripts", "security-headers.cjs"), join(dir, "scripts", "security-headers.cjs"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "budget-bare", private: true }, null, 2));
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022", lib: ["dom", "dom.iterable", "es2023"], strict: true, noEmit: true, module: "esnext",
        moduleResolution: "bundler", jsx: "react-jsx", isolatedModules: true, skipLibCheck: true, plugins: [{ name: "next" }],
      },
      include: ["next-env.d.ts", "**/*.ts", "**/*.tsx"],
      exclude: ["node_modules"],
    }, null, 2),
  );
  writeFileSync(
    join(dir, "app", "layout.tsx"),
    'export default function RootLayout({ children }: { children: React.ReactNode }) {\n  return (\n    <html lang="zh-CN">\n      <body>{children}</body>\n    </html>\n  );\n}\n',
  );
  writeFileSync(join(dir, "app", "page.tsx"), "export default function Page() {\n  return <main />;\n}\n");
  const r = spawnSync(join(ROOT, "node_modules", ".bin", "next"), ["build"], {
    cwd: dir,
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (r.status !== 0) {
    console.error(r.stdout?.toString());
    throw new Error("bare baseline build failed");
  }
  const m = measureBuiltPage(dir, join(dir, ".next", "server", "app", "index.html"));
  const result = { next: version("next"), react: version("react"), htmlGzip: m.html, jsGzip: m.js };
  writeFileSync(cached, JSON.stringify(result, null, 2));
  return { key, ...result };
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
