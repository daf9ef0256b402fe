// Small HTML helpers shared by the build and measuring scripts (regex based: the
// input is Next's own prerendered HTML, not arbitrary markup).
import { createHash } from "node:crypto";

const SCRIPT_ELEMENT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const JS_TYPES = new Set(["text/javascript", "module", "application/javascript"]);

/**
 * Whether a <script> with these attributes runs. Data blocks (JSON, JSON-LD) never
 * run, so CSP does not apply to them and reading pages keep them (the FAQ structured
 * data for search engines).
 */
/** @param {string} attrs */
function isExecutable(attrs) {
  const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
  return !type || JS_TYPES.has(type);
}

/** sha256 (base64) of every inline, executable <script> in an HTML document. @param {string} html */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (const m of html.matchAll(SCRIPT_ELEMENT)) {
    const attrs = m[1] ?? "";
    if (/\bsrc\s*=/i.test(attrs) || !isExecutable(attrs)) continue;
    hashes.push(createHash("sha256").update(m[2] ?? "", "utf8").digest("base64"));
  }
  return hashes;
}

/** Executable <script> elements (inline or external) in the document. @param {string} html */
export function executableScriptCount(html) {
  return [...html.matchAll(SCRIPT_ELEMENT)].filter((m) => isExecutable(m[1] ?? "")).length;
}

/** Preloads of scripts: <link rel="modulepreload"> and <link rel="preload" as="script">. */
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\brel\s*=\s*["']?(?:modulepreload|preload)\b)(?=[^>]*(?:\bas\s*=\s*["']?script\b|modulepreload))[^>]*>/gi;

/** @param {string} html */
export function scriptPreloadCount(html) {
  return [...html.matchAll(SCRIPT_PRELOAD)].length;
}

/** The document without any executable script or script preload (data blocks stay). @param {string} html */
export function stripScripts(html) {
  return html
    .replace(SCRIPT_ELEMENT, (/** @type {string} */ element, /** @type {string | undefined} */ attrs) => (isExecutable(attrs ?? "") ? "" : element))
    .replace(SCRIPT_PRELOAD, "");
}

/**
 * Puts the page's Content-Security-Policy in a <meta http-equiv> before everything
 * else in <head> except <meta charset> (which must stay within the first 1024 bytes):
 * a policy applies only to what comes after it. Fails on a document that has one.
 * @param {string} html @param {string} csp
 */
export function insertCspMeta(html, csp) {
  if (/<meta\b[^>]*http-equiv\s*=\s*["']?content-security-policy/i.test(html)) {
    throw new Error("the page already has a CSP meta tag");
  }
  const meta = `<meta http-equiv="Content-Security-Policy" content="${csp.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"/>`;
  const head = /<head\b[^>]*>(\s*<meta\b[^>]*\bcharset\b[^>]*>)?/i.exec(html);
  if (!head) throw new Error("no <head> to put the CSP meta tag in");
  const at = head.index + head[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}

/**
 * Every script a modern browser loads with the page: the src of each external
 * classic/module script (no nomodule) and each module the page preloads (an island's
 * chunks, build/islands/bundle.mjs).
 * @param {string} html @returns {string[]}
 */
export function firstLoadScriptSrcs(html) {
  const srcs = [];
  for (const m of html.matchAll(/<(script|link)\b([^>]*)>/gi)) {
    const attrs = m[2] ?? "";
    if ((m[1] ?? "").toLowerCase() === "link") {
      if (!/\brel\s*=\s*["']?modulepreload\b/i.test(attrs)) continue;
      const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(attrs)?.[1];
      if (href) srcs.push(href);
      continue;
    }
    if (/\bnomodule\b/i.test(attrs)) continue;
    const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(attrs)?.[1];
    if (src) srcs.push(src);
  }
  return [...new Set(srcs)];
}

/** href of every stylesheet the page links. @param {string} html @returns {string[]} */
export function stylesheetHrefs(html) {
  const hrefs = [];
  for (const m of html.matchAll(/<link\b([^>]*)>/gi)) {
    const attrs = m[1] ?? "";
    if (!/\brel\s*=\s*["']?stylesheet/i.test(attrs)) continue;
    const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(attrs)?.[1];
    if (href) hrefs.push(href);
  }
  return [...new Set(hrefs)];
}

/** Inline event handlers and javascript: URLs, which no hash can allow. @param {string} html @returns {string[]} */
export function inlineHandlers(html) {
  const withoutScripts = html.replace(SCRIPT_ELEMENT, "");
  const found = [];
  for (const m of withoutScripts.matchAll(/<[a-z][^>]*?\s(on[a-z]+)\s*=/gi)) found.push(/** @type {string} */ (m[1]));
  if (/\s(?:href|src|action)\s*=\s*["']?\s*javascript:/i.test(withoutScripts)) found.push("javascript: URL");
  return [...new Set(found)];
}
