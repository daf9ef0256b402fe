// Route list for the e2e tests, shared with the scripts (scripts/routes.json).
// [param] routes expand to the paths the production build prerendered.
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

export function checkedRoutes(distDir = ".next"): CheckedRoute[] {
  const file = join(distDir, "prerender-manifest.json");
  const prerendered: Record<string, { srcRoute?: string }> = existsSync(file)
    ? (JSON.parse(readFileSync(file, "utf8")) as { routes?: Record<string, { srcRoute?: string }> }).routes ?? {}
    : {};
  const out: CheckedRoute[] = [];
  for (const r of routesConfig.routes) {
    const base = { pattern: r.path, kind: r.kind as RouteKind, required: r.required === true };
    if (!r.path.includes("[")) {
      out.push({ ...base, path: r.path, built: r.path in prerendered });
      continue;
    }
    const paths = Object.entries(prerendered)
      .filter(([, info]) => info.srcRoute === r.path)
      .map(([p]) => p)
      .sort();
    if (paths.length === 0) out.push({ ...base, path: r.path, built: false });
    for (const p of paths) out.push({ ...base, path: p, built: true });
  }
  return out;
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
