// Every page gets the one tiny same-origin script that registers its service worker
// (out/sw-register.js, minified here from browser/register.js), and the update bar it
// imports when a new build waits (out/sw-update-notice.js, from browser/update-notice.js).
// Their names are in build/site/own-scripts.cjs; the workers themselves are written
// after the post-build step (build/service-worker/).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { transform } from "esbuild";
import { REGISTRATION_PATH, UPDATE_NOTICE_PATH } from "../site/own-scripts.cjs";
import { toTraditional } from "../traditional/convert.mjs";

const BROWSER_DIR = fileURLToPath(new URL("../../browser/", import.meta.url));

export const REGISTRATION_TAG = `<script src="${REGISTRATION_PATH}" defer=""></script>`;

/**
 * The page with the registration script as the last thing in <head>, once, however
 * often the step runs. It is the only script a reading page has, and its CSP allows it with
 * script-src 'self' (build/site/security-headers.cjs).
 * @param {string} html
 */
export function addWorkerRegistration(html) {
  if (!/<\/head>/i.test(html)) throw new Error("no </head> to put the worker registration in");
  // Taken out and put back: on a second run, the Traditional links went in before </head> again.
  return html.replace(REGISTRATION_TAG, "").replace(/<\/head>/i, `${REGISTRATION_TAG}</head>`);
}

/** The update bar's words, Simplified (browser/update-notice-texts.json) and Traditional (the Traditional site's converter). */
export function noticeTexts() {
  /** @type {Record<string, string>} */
  const hans = JSON.parse(readFileSync(join(BROWSER_DIR, "update-notice-texts.json"), "utf8"));
  delete hans.$comment;
  return { hans, hant: Object.fromEntries(Object.entries(hans).map(([key, text]) => [key, toTraditional(text)])) };
}

/**
 * Writes out/sw-register.js and out/sw-update-notice.js, minified from browser/register.js
 * and browser/update-notice.js.
 * @param {string} outDir
 * @returns {Promise<number>} the registration script's size in bytes
 */
export async function writeRegistrationScript(outDir) {
  // The registration imports the update bar by the name given here (UPDATE_NOTICE_PATH in
  // the source); the bar gets its words in both scripts (NOTICE_TEXTS).
  const define = { UPDATE_NOTICE_PATH: JSON.stringify(UPDATE_NOTICE_PATH), NOTICE_TEXTS: JSON.stringify(noticeTexts()) };
  /** @param {string} file @param {import("esbuild").Format} [format] */
  const minified = async (file, format) =>
    (await transform(readFileSync(join(BROWSER_DIR, file), "utf8"), { minify: true, target: "es2020", charset: "utf8", legalComments: "none", format, define })).code;
  const code = await minified("register.js");
  writeFileSync(join(outDir, REGISTRATION_PATH.slice(1)), code);
  writeFileSync(join(outDir, UPDATE_NOTICE_PATH.slice(1)), await minified("update-notice.js", "esm"));
  return Buffer.byteLength(code);
}

/** @type {import("./site.mjs").Step} */
export const registerWorker = {
  name: "worker registration",
  withRoutesOnly: true,
  async run(site) {
    for (const page of site.pages) page.html = addWorkerRegistration(page.html);
    return `worker registration on every page (${await writeRegistrationScript(site.outDir)} B)`;
  },
};
