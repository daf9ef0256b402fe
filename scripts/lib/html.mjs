// Small HTML helpers shared by the build and measuring scripts (regex based: the
// input is Next's own prerendered HTML, not arbitrary markup).
import { createHash } from "node:crypto";

/** sha256 (base64) of every inline, executable <script> in an HTML document. */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = m[1] ?? "";
    const body = m[2] ?? "";
    if (/\bsrc\s*=/i.test(attrs)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    // Data blocks (JSON, JSON-LD) are never executed, so CSP does not apply to them.
    if (type && !["text/javascript", "module", "application/javascript"].includes(type)) continue;
    hashes.push(createHash("sha256").update(body, "utf8").digest("base64"));
  }
  return hashes;
}

/** src of every external classic/module script a modern browser loads (no nomodule). */
export function firstLoadScriptSrcs(html) {
  const srcs = [];
  for (const m of html.matchAll(/<script\b([^>]*)>/gi)) {
    const attrs = m[1] ?? "";
    if (/\bnomodule\b/i.test(attrs)) continue;
    const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(attrs)?.[1];
    if (src) srcs.push(src);
  }
  return [...new Set(srcs)];
}

/** href of every stylesheet the page links. */
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
