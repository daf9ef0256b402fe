// The Traditional suggestion on Simplified pages (suggest-traditional.js beside this
// file): the post-build step copies the script to out/ without its comments and adds it
// to every Simplified page. The Traditional site (/zh-Hant) does not get it.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { transformSync } from "esbuild";

const require = createRequire(import.meta.url);
const { splitSitePath } = require("../site/routes.cjs");
/** Its URL on the site (build/site/own-scripts.cjs). */
const { SUGGESTION_PATH: SUGGESTION_SCRIPT } = require("../site/own-scripts.cjs");
/** The most it may weigh, raw (the budget checks it too). */
export const SUGGESTION_MAX_BYTES = 1024;
const TAG = `<script src="${SUGGESTION_SCRIPT}" defer=""></script>`;

/** The script as served: the source, minified (esbuild, at build time only). */
export function suggestionScript() {
  const source = readFileSync(new URL("../../browser/suggest-traditional.js", import.meta.url), "utf8");
  const { code } = transformSync(source, { minify: true, target: "es2019", charset: "utf8" });
  if (Buffer.byteLength(code) > SUGGESTION_MAX_BYTES) throw new Error(`suggest-traditional.js is ${Buffer.byteLength(code)} bytes, over ${SUGGESTION_MAX_BYTES}`);
  return code;
}

/** @param {string} outDir */
export function writeSuggestionScript(outDir) {
  writeFileSync(join(outDir, SUGGESTION_SCRIPT.slice(1)), suggestionScript());
}

/** A Simplified page with the suggestion's script at the end of <head> (once); other pages as they are. @param {string} html @param {string} sitePath */
export function addTraditionalSuggestion(html, sitePath) {
  if (splitSitePath(sitePath).base !== "") return html;
  return html.replace(TAG, "").replace("</head>", `${TAG}</head>`);
}

/** @type {import("./site.mjs").Step} */
export const suggestTraditional = {
  name: "suggest Traditional",
  withRoutesOnly: true,
  run(site) {
    for (const page of site.pages) page.html = addTraditionalSuggestion(page.html, page.path);
    writeSuggestionScript(site.outDir);
  },
};
