// What the post-build steps (build/postbuild.mjs) work on: one static site in out/ and
// its pages, read once, changed in memory step by step, and written once.

/**
 * One HTML file of the site.
 * @typedef {object} Page
 * @property {string} file     its path in out/ ("questions/x.html", "zh-Hant/index.html")
 * @property {string} path     the URL path it serves ("/questions/x", "/zh-Hant")
 * @property {boolean} reading kind "reading" in build/site/routes.json: it keeps no script of Next's
 * @property {string} html     the document, as the steps so far left it
 * @property {boolean} [islands] it loads island modules (set by the islands step)
 */

/**
 * @typedef {object} Site
 * @property {string} appRoot    the Next app whose out/ this is
 * @property {string} outDir     its static export
 * @property {boolean} withRoutes this project (routes, reading pages, worker, Traditional twins); false for the bare reference apps (tools/lib/bare-app.mjs)
 * @property {boolean} isProject the app is this project (its deploy/nginx/site.conf is written too)
 * @property {Page[]} pages      every page, in file order (set by the read-pages step)
 * @property {string[]} problems what makes the site unservable; the post-build step stops after any step that adds one
 */

/**
 * One post-build step. `run` changes the site (its pages in memory, or files in out/)
 * and may return a short summary for the build's log line.
 * @typedef {object} Step
 * @property {string} name
 * @property {boolean} [withRoutesOnly] skipped for the bare reference apps (no routes, no worker, no Traditional site)
 * @property {(site: Site) => string | void | Promise<string | void>} run
 */

/**
 * A site with no pages read yet.
 * @param {{ appRoot: string, outDir: string, withRoutes?: boolean, isProject?: boolean }} options
 * @returns {Site}
 */
export function openSite({ appRoot, outDir, withRoutes = true, isProject = false }) {
  return { appRoot, outDir, withRoutes, isProject, pages: [], problems: [] };
}
