// Every page gets its Content-Security-Policy as a <meta http-equiv> at the top of
// <head> (build/site/security-headers.cjs), with the sha256 of exactly its inline
// scripts: script-src 'none' when it has none left, and 'self' with no hash on a
// reading or island page, whose only scripts are our own same-origin files (its island
// modules, the worker registration, and on Simplified pages the Traditional suggestion);
// hashes remain only for the bare reference apps, which keep Next's scripts. Inline event
// handlers fail the build: no hash allows them. Runs after every step that changes a
// page's scripts.
import { inlineHandlers, inlineScriptHashes, insertCspMeta } from "../lib/html.mjs";
import { buildCsp } from "../site/security-headers.cjs";

/** @type {import("./site.mjs").Step} */
export const cspMeta = {
  name: "CSP meta",
  run(site) {
    let hashed = 0;
    for (const page of site.pages) {
      const handlers = inlineHandlers(page.html);
      if (handlers.length) site.problems.push(`${page.path}: inline event handlers (${handlers.join(", ")}) cannot be allowed by a hash`);
      const hashes = inlineScriptHashes(page.html);
      hashed += hashes.length;
      // Island pages too: their scripts are same-origin modules (build/steps/islands.mjs).
      const csp = page.reading || page.islands ? buildCsp({ scripts: "self" }) : buildCsp({ scriptHashes: hashes });
      page.html = insertCspMeta(page.html, csp);
    }
    return `${hashed} inline scripts hashed into ${site.pages.filter((p) => !p.reading).length} meta CSPs`;
  },
};
