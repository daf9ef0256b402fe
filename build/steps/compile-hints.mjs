// Marks the larger scripts a page loads at start-up with V8's explicit compile hint, a
// first line that reads `//# allFunctionsCalledOnLoad`. Chrome (136 and later) then
// compiles every function in the file on a background thread while the file streams
// in. Without the hint, most functions compile lazily on the main thread the first
// time hydration calls them: about 40 ms of one long task on this machine, ×4 on a
// slow phone, and most of the Total Blocking Time Lighthouse reports. Other browsers
// read the line as a comment.
//
// Which files: the external scripts of the given pages (as the budget counts them) of
// at least MIN_BYTES. Smaller ones compile quickly anyway, and each hint adds a few
// bytes to the first load. Idempotent: a marked file is left alone.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { firstLoadScriptSrcs } from "../lib/html.mjs";

export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";
const MIN_BYTES = 16 * 1024;

/** @param {string} outDir the static site  @param {string[]} pagesHtml the HTML of the pages that keep their scripts */
export function markCompileHints(outDir, pagesHtml) {
  const scripts = new Set();
  for (const html of pagesHtml) {
    for (const src of firstLoadScriptSrcs(html)) if (/^(\/zh-Hant)?\/_next\/static\//.test(src)) scripts.add(src.split("?")[0]);
  }
  let marked = 0;
  let already = 0;
  for (const src of [...scripts].sort()) {
    const file = join(outDir, src);
    if (!existsSync(file)) continue;
    const code = readFileSync(file, "utf8");
    if (code.startsWith(COMPILE_HINT)) already++;
    else if (Buffer.byteLength(code) >= MIN_BYTES) {
      writeFileSync(file, COMPILE_HINT + code);
      marked++;
    }
  }
  return { marked, already };
}

/** @type {import("./site.mjs").Step} */
export const compileHints = {
  name: "compile hints",
  run(site) {
    const { marked, already } = markCompileHints(site.outDir, site.pages.filter((p) => !p.reading).map((p) => p.html));
    return `compile hints on ${marked} script(s) (${already} already)`;
  },
};
