// Our own files at the site's root that are not Next's: the service workers, the script
// that registers them, the update bar and the Traditional suggestion. Named once, here.
// The build writes them (build/service-worker/, build/steps/worker-registration.mjs,
// build/steps/traditional-suggestion.mjs) and adds the two page scripts; the header
// configs serve the workers uncached (build/site/security-headers.cjs); the budget weighs
// the page scripts (tools/budget.mjs); the e2e tests expect exactly these
// (tests/e2e/helpers/headers.ts). CommonJS, so the .cjs configs, the .mjs scripts and
// the TypeScript tests can all load it; it requires nothing, because the Traditional
// build and the budget's bare apps copy it beside build/site/security-headers.cjs.
"use strict";

/**
 * One service worker per script, each precaching its own site. Both files sit at the
 * root (a worker's scope may not reach above its folder, and the Traditional home page,
 * /zh-Hant, is not inside /zh-Hant/). `base` is the site's prefix (SITE_BASES in
 * build/site/routes.cjs; a unit test holds the two together). The registration script
 * derives a page's worker by the same rule, /sw.js or /sw-<base>.js (browser/register.js,
 * tested too).
 */
const SERVICE_WORKERS = [
  { path: "/sw.js", scope: "/", base: "" },
  { path: "/sw-zh-Hant.js", scope: "/zh-Hant", base: "/zh-Hant" },
];
const SERVICE_WORKER_PATHS = SERVICE_WORKERS.map((w) => w.path);

/** The tiny script every page loads to register its worker (<= 1 KiB, see budget). */
const REGISTRATION_PATH = "/sw-register.js";
/** The update bar, an ES module the registration imports only when a new build waits. */
const UPDATE_NOTICE_PATH = "/sw-update-notice.js";
/** The Traditional suggestion, on Simplified pages only. */
const SUGGESTION_PATH = "/suggest-traditional.js";

/** The same-origin scripts of ours a page of the site with this base carries: the registration, and on the Simplified site ("") the suggestion. @param {string} base */
function ownScriptsOn(base) {
  return base === "" ? [REGISTRATION_PATH, SUGGESTION_PATH] : [REGISTRATION_PATH];
}

module.exports = { SERVICE_WORKERS, SERVICE_WORKER_PATHS, REGISTRATION_PATH, UPDATE_NOTICE_PATH, SUGGESTION_PATH, ownScriptsOn };
