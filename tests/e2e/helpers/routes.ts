// Routes for the e2e tests, shared with the scripts (scripts/routes.json), resolved
// against the production build's .next/prerender-manifest.json.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import routesConfig from "../../../scripts/routes.json";

export type RouteKind = "app" | "content";
export interface CheckedRoute {
  /** concrete path, or the pattern itself when nothing was prerendered for it */
  path: string;
  pattern: string;
  kind: RouteKind;
  required: boolean;
  /** prerendered by the current build (a route that is not is skipped with a warning, unless required) */
  built: boolean;
}

export const TIMELINE_FRAGMENT: string = routesConfig.timelineFragment;
const SPECIAL = new Set(["/_not-found", "/_global-error", "/_error", "/404", "/500"]);

interface PrerenderInfo {
  srcRoute?: string;
  routeType?: string;
}

function prerenderedPages(distDir: string): Record<string, PrerenderInfo> {
  const file = join(distDir, "prerender-manifest.json");
  if (!existsSync(file)) return {};
  const routes = (JSON.parse(readFileSync(file, "utf8")) as { routes?: Record<string, PrerenderInfo> }).routes ?? {};
  return Object.fromEntries(
    Object.entries(routes).filter(([p, info]) => !SPECIAL.has(p) && (!info.routeType || info.routeType === "page")),
  );
}

/**
 * The listed routes for browser checks: a [param] route stands for the first path the
 * build prerendered for it (or for itself, unbuilt, when there is none).
 */
export function checkedRoutes(distDir = ".next"): CheckedRoute[] {
  const pages = prerenderedPages(distDir);
  return routesConfig.routes.map((r) => {
    const base = { pattern: r.path, kind: r.kind as RouteKind, required: r.required === true };
    if (!r.path.includes("[")) return { ...base, path: r.path, built: r.path in pages };
    const first = Object.entries(pages)
      .filter(([, info]) => info.srcRoute === r.path)
      .map(([p]) => p)
      .sort()[0];
    return first ? { ...base, path: first, built: true } : { ...base, path: r.path, built: false };
  });
}

/** Every page the build prerendered (for the header/CSP check, which is cheap). */
export function allPrerenderedPaths(distDir = ".next"): string[] {
  return Object.keys(prerenderedPages(distDir)).sort();
}

const warned = new Set<string>();
/** true when the route should be skipped (not built yet and not required); warns once per route. */
export function skipUnbuilt(route: CheckedRoute): boolean {
  if (route.built || route.required) return false;
  // Warn once, from the main process that collects the tests (workers re-import this file).
  if (!warned.has(route.pattern) && process.env.TEST_WORKER_INDEX === undefined) {
    warned.add(route.pattern);
    console.warn(`warning: ${route.pattern} is not built yet (no prerendered page); its e2e checks are skipped`);
  }
  return true;
}
