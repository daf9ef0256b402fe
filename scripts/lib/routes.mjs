// Resolves scripts/routes.json against a production build (.next/prerender-manifest.json):
// concrete paths for [param] routes, which listed routes exist, and a kind (app/content)
// for every prerendered page.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const config = JSON.parse(readFileSync(new URL("../routes.json", import.meta.url), "utf8"));
export const TIMELINE_FRAGMENT = config.timelineFragment;
const SPECIAL = new Set(["/_not-found", "/_global-error", "/_error", "/404", "/500"]);

function prerenderedPages(distDir) {
  const file = join(distDir, "prerender-manifest.json");
  if (!existsSync(file)) return {};
  const routes = JSON.parse(readFileSync(file, "utf8")).routes ?? {};
  return Object.fromEntries(
    Object.entries(routes).filter(([p, info]) => !SPECIAL.has(p) && (!info.routeType || info.routeType === "page")),
  );
}

const patternRe = (pattern) => new RegExp(`^${pattern.replace(/\[[^\]]+\]/g, "[^/]+")}$`);

/** kind of a path: from the listed route it matches, else the longest listed prefix, else content. */
export function kindFor(path) {
  const exact = config.routes.find((r) => patternRe(r.path).test(path));
  if (exact) return exact.kind;
  const prefix = config.routes
    .filter((r) => r.path !== "/" && !r.path.includes("[") && path.startsWith(`${r.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
  return prefix?.kind ?? "content";
}

/**
 * Listed routes, each { path, pattern, kind, required, built }. A [param] route expands
 * to the paths the build prerendered for it (only the first with firstOnly); a listed
 * route with nothing built comes back once with built:false.
 * With all: also every other prerendered page (pattern = its own path).
 */
export function resolveRoutes({ distDir = ".next", firstOnly = false, all = false } = {}) {
  const pages = prerenderedPages(distDir);
  const out = [];
  for (const r of config.routes) {
    const base = { pattern: r.path, kind: r.kind, required: !!r.required };
    if (r.path.includes("[")) {
      const paths = Object.entries(pages)
        .filter(([, info]) => info.srcRoute === r.path)
        .map(([p]) => p)
        .sort();
      if (paths.length === 0) out.push({ ...base, path: r.path, built: false });
      for (const p of firstOnly ? paths.slice(0, 1) : paths) out.push({ ...base, path: p, built: true });
    } else {
      out.push({ ...base, path: r.path, built: r.path in pages });
    }
  }
  if (all) {
    const seen = new Set(out.map((r) => r.path));
    for (const p of Object.keys(pages).sort()) {
      if (!seen.has(p) && !config.routes.some((r) => patternRe(r.path).test(p))) {
        out.push({ path: p, pattern: p, kind: kindFor(p), required: false, built: true });
      }
    }
  }
  return out;
}
