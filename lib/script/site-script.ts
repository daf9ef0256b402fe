/**
 * Which script this build of the site is in. The site is authored in Simplified
 * Chinese; a second build (build/traditional/build.mjs) converts the source to
 * Traditional and serves it under /zh-Hant. next.config.js sets SITE_BASE_PATH for
 * that build, and Next inlines it at build time, so this costs the browser a constant.
 */
export const TRADITIONAL_BASE = "/zh-Hant";
export const BASE_PATH: string = process.env.SITE_BASE_PATH ?? "";
export const SITE_SCRIPT: "hans" | "hant" = BASE_PATH === TRADITIONAL_BASE ? "hant" : "hans";
/** The `lang` of every page of this build. */
export const HTML_LANG = SITE_SCRIPT === "hant" ? "zh-Hant" : "zh-Hans";
/** Open Graph's locale for this build. */
export const OG_LOCALE = SITE_SCRIPT === "hant" ? "zh_TW" : "zh_CN";

/**
 * A site-internal path ("/timeline#…") as this build serves it ("/zh-Hant/timeline#…"
 * on the Traditional site). Anything else (fragments, tel:, other origins) is returned as is.
 */
export function sitePath(path: string, base: string = BASE_PATH): string {
  if (!base || !path.startsWith("/") || path.startsWith("//")) return path;
  if (path === "/") return base;
  if (path.startsWith("/#") || path.startsWith("/?")) return `${base}${path.slice(1)}`;
  return `${base}${path}`;
}

/**
 * The same page in the other script: "/timeline#a=1" ↔ "/zh-Hant/timeline#a=1",
 * "/" ↔ "/zh-Hant". Paths are site paths with any base already in them.
 */
export function otherScriptPath(path: string): string {
  if (path === TRADITIONAL_BASE || path.startsWith(`${TRADITIONAL_BASE}/`) || path.startsWith(`${TRADITIONAL_BASE}#`) || path.startsWith(`${TRADITIONAL_BASE}?`)) {
    const rest = path.slice(TRADITIONAL_BASE.length);
    return rest === "" ? "/" : rest.startsWith("/") ? rest : `/${rest}`;
  }
  return sitePath(path, TRADITIONAL_BASE);
}
