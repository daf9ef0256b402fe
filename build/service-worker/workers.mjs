// The service workers (docs/offline.md): each one's precache list and the function that
// writes them (their names are in build/site/own-scripts.cjs). build/service-worker/build.mjs,
// run after the post-build step, writes each worker from whatever the finished out/
// holds (so the Traditional build copied into out/zh-Hant is precached by its own
// worker, with no change here). The registration script every page loads is the
// post-build step build/steps/worker-registration.mjs.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { getManifest } from "@serwist/build";
import { build } from "esbuild";
import { REGISTRATION_PATH, SERVICE_WORKERS, SERVICE_WORKER_PATHS, UPDATE_NOTICE_PATH } from "../site/own-scripts.cjs";
import { IMMUTABLE_PREFIX, TRADITIONAL_IMMUTABLE_PREFIX } from "../site/security-headers.cjs";

const BROWSER_DIR = fileURLToPath(new URL("../../browser/", import.meta.url));

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
 * is not in the site: the islands navigate with plain page loads; see build/steps/islands.mjs.)
 * The Traditional worker also takes the root files its pages load: the registration
 * script, the update bar and the icons.
 */
const rootFiles = [REGISTRATION_PATH, UPDATE_NOTICE_PATH].map((p) => p.slice(1));
/**
 * @typedef {{ path: string, scope: string, base: string, globPatterns: string[], globIgnores: string[] }} Worker
 * @type {Worker[]}
 */
export const WORKERS = SERVICE_WORKERS.map((worker) =>
  worker.base === ""
    ? { ...worker, globPatterns: SITE_FILES, globIgnores: SERVICE_WORKERS.filter((w) => w.base !== "").map((w) => `${w.base.slice(1)}/**`) }
    : { ...worker, globPatterns: [...SITE_FILES.map((p) => `${worker.base.slice(1)}/${p}`), ...rootFiles, "icons/*.png"], globIgnores: [] },
);

const SIMPLIFIED_WORKER = /** @type {Worker} */ (WORKERS.find((w) => w.base === ""));

const escaped = (/** @type {string} */ text) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const HASHED_BUILD_FILE = new RegExp(`^(${[IMMUTABLE_PREFIX, TRADITIONAL_IMMUTABLE_PREFIX].map(escaped).join("|")})`);

/**
 * The precache list of one worker (default: the Simplified site's) for outDir: [{ url, revision }], URLs from the site's root.
 * @param {string} outDir
 * @param {Worker} [worker]
 */
export async function precacheManifest(outDir, worker = SIMPLIFIED_WORKER) {
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
 * outDir): browser/sw.ts bundled with Serwist, its site's precache list and its offline page.
 * @param {string} outDir
 */
export async function writeServiceWorkers(outDir) {
  const written = [];
  for (const worker of WORKERS) {
    if (!existsSync(join(outDir, worker.base.slice(1), "index.html"))) continue; // a site this out/ does not hold
    const manifest = await precacheManifest(outDir, worker);
    await build({
      entryPoints: [join(BROWSER_DIR, "sw.ts")],
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
