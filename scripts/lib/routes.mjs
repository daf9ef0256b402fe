// Resolves scripts/routes.json against a production build: concrete paths for
// [param] routes (from .next/prerender-manifest.json) and which routes exist.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const config = JSON.parse(readFileSync(new URL("../routes.json", import.meta.url), "utf8"));
export const TIMELINE_FRAGMENT = config.timelineFragment;

/**
 * @returns {{ path: string, pattern: string, kind: string, required: boolean, built: boolean }[]}
 * One entry per concrete path (all prerendered paths of a [param] route, or only the
 * first when firstOnly), plus unbuilt routes with built:false.
 */
export function resolveRoutes({ distDir = ".next", firstOnly = false } = {}) {
  const manifestFile = join(distDir, "prerender-manifest.json");
  const prerendered = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, "utf8")).routes ?? {} : {};
  const out = [];
  for (const r of config.routes) {
    const base = { pattern: r.path, kind: r.kind, required: !!r.required };
    if (r.path.includes("[")) {
      const paths = Object.entries(prerendered)
        .filter(([, info]) => info.srcRoute === r.path)
        .map(([p]) => p)
        .sort();
      if (paths.length === 0) out.push({ ...base, path: r.path, built: false });
      for (const p of firstOnly ? paths.slice(0, 1) : paths) out.push({ ...base, path: p, built: true });
    } else {
      out.push({ ...base, path: r.path, built: r.path in prerendered });
    }
  }
  return out;
}
