// Routes for the e2e tests: build/site/routes.json resolved against the static site in
// out/ by the same module the build and the measuring scripts use.
import { builtPages, resolveRoutes, TIMELINE_FRAGMENT as FRAGMENT, TRADITIONAL_BASE } from "../../../build/site/routes.cjs";
import type { Kind, ResolvedRoute } from "../../../build/site/routes.cjs";

export type RouteKind = Kind;
/** A listed route as built: its concrete path (or the pattern when nothing was built for it), kind, and whether the build wrote it. */
export type CheckedRoute = ResolvedRoute;

export const TIMELINE_FRAGMENT: string = FRAGMENT;

/**
 * The listed routes for browser checks: a [param] route stands for its first built page.
 * The Simplified site unless `base` is the Traditional one ("/zh-Hant", see TRADITIONAL_BASE).
 */
export function checkedRoutes(base = ""): CheckedRoute[] {
  return resolveRoutes({ firstOnly: true, base });
}

/** Every listed route, a [param] route as every page the build wrote for it (for the offline sweep). */
export function listedPages(): CheckedRoute[] {
  return resolveRoutes().filter((r) => r.built);
}

export { TRADITIONAL_BASE };

/** Every page in out/ with its kind, on one site: Simplified, or Traditional when `base` is TRADITIONAL_BASE. */
export function sitePages(base = ""): CheckedRoute[] {
  return resolveRoutes({ all: true, base }).filter((r) => r.built);
}

/** Every page in out/ with its kind, on both sites, Simplified and Traditional (for the cheap HTTP checks). */
export function allPages(): CheckedRoute[] {
  return ["", TRADITIONAL_BASE].flatMap((base) => sitePages(base));
}

/** Every page the build wrote, as URL paths (/404 among them: the 404 page's own file). */
export function allPrerenderedPaths(): string[] {
  return builtPages();
}

const warned = new Set<string>();
/** true when the route should be skipped (not built yet and not required); warns once per route. */
export function skipUnbuilt(route: CheckedRoute): boolean {
  if (route.built || route.required) return false;
  // Warn once, from the main process that collects the tests (workers re-import this file).
  if (!warned.has(route.pattern) && process.env.TEST_WORKER_INDEX === undefined) {
    warned.add(route.pattern);
    console.warn(`warning: ${route.pattern} is not built yet (no page in out/); its e2e checks are skipped`);
  }
  return true;
}
