// @ts-check
// The URLs whose response is the same for everyone until the next build: pages
// prerendered without revalidation (from Next's prerender manifest), the hashed
// build assets under /_next/static, and the files in public/.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** Internal prerenders that are never requested by their own path. */
const INTERNAL = new Set(["/_not-found", "/_global-error"]);

/**
 * @param {string} root the project directory (holds .next/ and public/)
 * @returns {string[]} URL paths, without query strings
 */
export function cacheablePaths(root) {
  const distDir = join(root, ".next");
  /** @type {{ routes?: Record<string, { initialRevalidateSeconds?: number | false }> }} */
  const manifest = JSON.parse(readFileSync(join(distDir, "prerender-manifest.json"), "utf8"));
  const pages = Object.entries(manifest.routes ?? {})
    .filter(([path, route]) => route.initialRevalidateSeconds === false && !INTERNAL.has(path))
    .map(([path]) => path);
  const assets = filesUnder(join(distDir, "static")).map((f) => `/_next/static/${toUrlPath(join(distDir, "static"), f)}`);
  const publicDir = join(root, "public");
  const publicFiles = filesUnder(publicDir).map((f) => `/${toUrlPath(publicDir, f)}`);
  return [...new Set([...pages, ...assets, ...publicFiles])];
}

/** @param {string} dir @returns {string[]} */
function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath ?? d.path, d.name));
}

/** @param {string} base @param {string} file */
function toUrlPath(base, file) {
  return relative(base, file).split(sep).map(encodeURIComponent).join("/");
}
