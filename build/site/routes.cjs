// Resolves build/site/routes.json against the static site in out/: the concrete paths of
// [param] routes, which listed routes were built, and a kind (app, content or reading) for
// every page. Shared by the post-build step, the measuring scripts and the e2e tests
// (CommonJS, so the TypeScript tests and the .mjs scripts can both load it).
"use strict";
const { existsSync, readFileSync, readdirSync } = require("node:fs");
const { join } = require("node:path");

/**
 * A page kind: app = interactive page, content = page with a small interactive part,
 * reading = text only (see routes.json).
 * @typedef {"app" | "content" | "reading"} Kind
 * @typedef {{ path: string, kind: Kind, page?: string, required?: boolean, jsKiB?: number }} ListedRoute  an entry of routes.json
 * @typedef {{ path: string, pattern: string, kind: Kind, required: boolean, built: boolean, jsKiB?: number | null }} ResolvedRoute
 */

/** @type {{ routes: ListedRoute[], timelineFragment: string }} */
const config = JSON.parse(readFileSync(join(__dirname, "routes.json"), "utf8"));
const TIMELINE_FRAGMENT = config.timelineFragment;
const OUT_DIR = join(__dirname, "..", "..", "out");
/** Pages the export writes that are not URLs of their own (the 404 is listed as /404). */
const NOT_PAGES = new Set(["/_not-found", "/_global-error", "/_error", "/500"]);
/** The Traditional Chinese site (build/traditional/build.mjs) mirrors every route under this prefix. */
const TRADITIONAL_BASE = "/zh-Hant";
const SITE_BASES = ["", TRADITIONAL_BASE];

/**
 * The site a path belongs to ("" or "/zh-Hant") and the route path inside it ("/zh-Hant/x" -> "/x").
 * @param {string} path
 * @returns {{ base: string, path: string }}
 */
function splitSitePath(path) {
  if (path === TRADITIONAL_BASE) return { base: TRADITIONAL_BASE, path: "/" };
  if (path.startsWith(`${TRADITIONAL_BASE}/`)) return { base: TRADITIONAL_BASE, path: path.slice(TRADITIONAL_BASE.length) };
  return { base: "", path };
}

/** A route path as served by a site ("/x" -> "/zh-Hant/x", "/" -> "/zh-Hant"). @param {string} base @param {string} path */
function onSite(base, path) {
  return base && path === "/" ? base : `${base}${path}`;
}

/** URL path of an HTML file in out/ ("questions/x.html" -> "/questions/x", "index.html" -> "/"). @param {string} file */
function pathOfHtmlFile(file) {
  const p = `/${String(file).split("\\").join("/").replace(/\.html$/, "")}`;
  if (p === "/index") return "/";
  return p.endsWith("/index") ? p.slice(0, -"/index".length) : p;
}

/** The HTML file in outDir that serves a path ("/" -> index.html, "/a/b" -> a/b.html). @param {string} outDir @param {string} path */
function htmlFileOf(outDir, path) {
  if (path === TRADITIONAL_BASE) return join(outDir, TRADITIONAL_BASE.slice(1), "index.html");
  return join(outDir, path === "/" ? "index.html" : `${path.slice(1)}.html`);
}

/** Every page (HTML file) the build wrote, as URL paths. @returns {string[]} */
function builtPages(outDir = OUT_DIR) {
  if (!existsSync(outDir)) return [];
  return readdirSync(outDir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".html"))
    .map(pathOfHtmlFile)
    .filter((p) => !NOT_PAGES.has(p))
    .sort();
}

const patternRe = (/** @type {string} */ pattern) => new RegExp(`^${pattern.replace(/\[[^\]]+\]/g, "[^/]+")}$`);
const isParam = (/** @type {ListedRoute} */ route) => route.path.includes("[");

/** The listed route a path belongs to: its literal entry, else a [param] entry, else none. @param {string} sitePath @returns {ListedRoute | undefined} */
function routeFor(sitePath) {
  const { path } = splitSitePath(sitePath);
  return (
    config.routes.find((r) => !isParam(r) && r.path === path) ??
    config.routes.find((r) => isParam(r) && patternRe(r.path).test(path))
  );
}

/** kind of a path: from the listed route it belongs to, else the longest listed prefix, else content. @param {string} sitePath @returns {Kind} */
function kindFor(sitePath) {
  const listed = routeFor(sitePath);
  const { path } = splitSitePath(sitePath);
  if (listed) return listed.kind;
  const prefix = config.routes
    .filter((r) => r.path !== "/" && !isParam(r) && path.startsWith(`${r.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
  return prefix?.kind ?? "content";
}

/** The page's source file, relative to the app root (app/<path>/page.tsx unless routes.json names one). @param {ListedRoute} route */
function sourceFileFor(route) {
  return route.page ?? join("app", route.path, "page.tsx");
}

/** Listed routes of one kind (their patterns, with page files): for the post-build checks. @returns {(ListedRoute & { required: boolean })[]} */
function listedRoutes() {
  return config.routes.map((r) => ({ ...r, required: !!r.required }));
}

/**
 * Listed routes, each { path, pattern, kind, required, built }. A [param] route
 * expands to the pages built for it (only the first with firstOnly); a listed route
 * with nothing built comes back once with built:false.
 * With all: also every other built page (pattern = its own path).
 * base: the site, "" (Simplified, default) or "/zh-Hant" (Traditional); paths come back
 * as that site serves them, patterns as listed.
 * @param {{ outDir?: string, firstOnly?: boolean, all?: boolean, base?: string }} [options]
 * @returns {ResolvedRoute[]}
 */
function resolveRoutes({ outDir = OUT_DIR, firstOnly = false, all = false, base: siteBase = "" } = {}) {
  const pages = builtPages(outDir).filter((p) => splitSitePath(p).base === siteBase);
  const out = [];
  for (const r of listedRoutes()) {
    const base = { pattern: r.path, kind: r.kind, required: r.required, jsKiB: r.jsKiB ?? null };
    if (isParam(r)) {
      const paths = pages.filter((p) => routeFor(p) === config.routes.find((c) => c.path === r.path));
      if (paths.length === 0) out.push({ ...base, path: onSite(siteBase, r.path), built: false });
      for (const p of firstOnly ? paths.slice(0, 1) : paths) out.push({ ...base, path: p, built: true });
    } else {
      out.push({ ...base, path: onSite(siteBase, r.path), built: pages.includes(onSite(siteBase, r.path)) });
    }
  }
  if (all) {
    const seen = new Set(out.map((r) => r.path));
    for (const p of pages) {
      if (!seen.has(p) && !routeFor(p)) out.push({ path: p, pattern: p, kind: kindFor(p), required: false, built: true });
    }
  }
  return out;
}

module.exports = {
  TIMELINE_FRAGMENT,
  TRADITIONAL_BASE,
  SITE_BASES,
  splitSitePath,
  onSite,
  OUT_DIR,
  pathOfHtmlFile,
  htmlFileOf,
  builtPages,
  routeFor,
  kindFor,
  sourceFileFor,
  listedRoutes,
  resolveRoutes,
};
