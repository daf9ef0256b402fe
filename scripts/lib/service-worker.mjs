// The offline part of the build (README, Offline): the workers' precache lists, the one
// function that adds the registration script to a page, and the two steps that write
// the files (their names are in scripts/lib/own-scripts.cjs). postbuild.mjs adds the
// registration to every page and writes /sw-register.js and /sw-update-notice.js;
// scripts/build-service-worker.mjs, run after it, writes each worker from whatever the
// finished out/ holds (so the Traditional build copied into out/zh-Hant is precached by
// its own worker, with no change here).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { getManifest } from "@serwist/build";
import { build, transform } from "esbuild";
import { toTraditional } from "./traditional/convert.mjs";
import { REGISTRATION_PATH, SERVICE_WORKERS, SERVICE_WORKER_PATHS, UPDATE_NOTICE_PATH } from "./own-scripts.cjs";
import { IMMUTABLE_PREFIX, TRADITIONAL_IMMUTABLE_PREFIX } from "../security-headers.cjs";

const WORKER_DIR = fileURLToPath(new URL("../../worker/", import.meta.url));

export const REGISTRATION_TAG = `<script src="${REGISTRATION_PATH}" defer=""></script>`;

/**
 * The page with the registration script as the last thing in <head> (once: the step is
 * idempotent). It is the only script a reading page has, and its CSP allows it with
 * script-src 'self' (scripts/security-headers.cjs).
 */
export function addWorkerRegistration(html) {
  if (html.includes(REGISTRATION_TAG)) return html;
  if (!/<\/head>/i.test(html)) throw new Error("no </head> to put the worker registration in");
  return html.replace(/<\/head>/i, `${REGISTRATION_TAG}</head>`);
}

/** The update bar's words, Simplified (worker/update-notice-texts.json) and Traditional (the Traditional site's converter). */
export function noticeTexts() {
  const hans = JSON.parse(readFileSync(join(WORKER_DIR, "update-notice-texts.json"), "utf8"));
  delete hans.$comment;
  return { hans, hant: Object.fromEntries(Object.entries(hans).map(([key, text]) => [key, toTraditional(text)])) };
}

/**
 * Writes out/sw-register.js and out/sw-update-notice.js, minified from worker/register.js
 * and worker/update-notice.js. @returns the registration script's size in bytes
 */
export async function writeRegistrationScript(outDir) {
  // The registration imports the update bar by the name given here (UPDATE_NOTICE_PATH in
  // the source); the bar gets its words in both scripts (NOTICE_TEXTS).
  const define = { UPDATE_NOTICE_PATH: JSON.stringify(UPDATE_NOTICE_PATH), NOTICE_TEXTS: JSON.stringify(noticeTexts()) };
  const minified = async (file, format) =>
    (await transform(readFileSync(join(WORKER_DIR, file), "utf8"), { minify: true, target: "es2020", charset: "utf8", legalComments: "none", format, define })).code;
  const code = await minified("register.js");
  writeFileSync(join(outDir, REGISTRATION_PATH.slice(1)), code);
  writeFileSync(join(outDir, UPDATE_NOTICE_PATH.slice(1)), await minified("update-notice.js", "esm"));
  return Buffer.byteLength(code);
}

/** The files of one site that a worker precaches (see WORKERS). */
const SITE_FILES = ["**/*.{html,js,css,json,webmanifest,svg,png,ico}"];

/**
 * One worker per script (SERVICE_WORKERS), each precaching its own site only, so a
 * reader of one script never downloads the other (each is about half of what one worker
 * for both would fetch). For a Traditional page the longer scope, "/zh-Hant", wins over "/".
 *
 * What a worker precaches: every page, script, stylesheet, JSON file, manifest and
 * image of its site, found by globbing out/. Not the .br/.gz twins (the server picks
 * the encoding), not robots/sitemap/_headers, not the workers. (Next's .txt router data
 * is not in the site: the islands navigate with plain page loads; see scripts/lib/islands.mjs.)
 * The Traditional worker also takes the root files its pages load: the registration
 * script, the update bar and the icons.
 */
const rootFiles = [REGISTRATION_PATH, UPDATE_NOTICE_PATH].map((p) => p.slice(1));
export const WORKERS = SERVICE_WORKERS.map((worker) =>
  worker.base === ""
    ? { ...worker, globPatterns: SITE_FILES, globIgnores: SERVICE_WORKERS.filter((w) => w.base !== "").map((w) => `${w.base.slice(1)}/**`) }
    : { ...worker, globPatterns: [...SITE_FILES.map((p) => `${worker.base.slice(1)}/${p}`), ...rootFiles, "icons/*.png"], globIgnores: [] },
);

const escaped = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const HASHED_BUILD_FILE = new RegExp(`^(${[IMMUTABLE_PREFIX, TRADITIONAL_IMMUTABLE_PREFIX].map(escaped).join("|")})`);

/** The precache list of one worker (default: the Simplified site's) for outDir: [{ url, revision }], URLs from the site's root. */
export async function precacheManifest(outDir, worker = WORKERS[0]) {
  const { manifestEntries, count, size, warnings } = await getManifest({
    globDirectory: outDir,
    globPatterns: worker.globPatterns,
    globIgnores: [...SERVICE_WORKER_PATHS.map((p) => p.slice(1)), "**/*.br", "**/*.gz", ...worker.globIgnores],
    // Content-hashed build files carry their version in the name (the immutable prefixes).
    dontCacheBustURLsMatching: HASHED_BUILD_FILE,
    modifyURLPrefix: { "": "/" },
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  });
  if (warnings.length) throw new Error(`precache list: ${warnings.join("; ")}`);
  return { entries: manifestEntries ?? [], count, size };
}

/**
 * Writes each worker (out/sw.js, out/sw-zh-Hant.js when the Traditional site is in
 * outDir): worker/sw.ts bundled with Serwist, its site's precache list and its offline page.
 * @returns [{ worker, entries, count, size }]
 */
export async function writeServiceWorkers(outDir) {
  const written = [];
  for (const worker of WORKERS) {
    if (!existsSync(join(outDir, worker.base.slice(1), "index.html"))) continue; // a site this out/ does not hold
    const manifest = await precacheManifest(outDir, worker);
    await build({
      entryPoints: [join(WORKER_DIR, "sw.ts")],
      outfile: join(outDir, worker.path.slice(1)),
      bundle: true,
      minify: true,
      format: "iife",
      target: "es2020",
      legalComments: "none",
      define: {
        PRECACHE_MANIFEST: JSON.stringify(manifest.entries),
        OFFLINE_PAGE: JSON.stringify(`${worker.base}/offline.html`),
        "process.env.NODE_ENV": '"production"',
      },
      logLevel: "warning",
    });
    written.push({ worker, ...manifest });
  }
  return written;
}
