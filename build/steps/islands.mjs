// The islands (docs/islands.md). With routes, no page keeps Next's scripts: reading
// pages need none (the next step strips them), and each interactive page gets one
// same-origin module built from its own components with Preact (build/islands/bundle.mjs),
// with preloads of that module's chunks. Per site: the Simplified one from this project's
// source, the Traditional one from its converted copy (.hant-build/). A listed `app` or
// `content` page without an island fails the build. Next's JavaScript and its router's
// .txt data then leave out/: no page loads them, and the service workers would
// precache them. Run again on a finished site without its source (the offline test's
// second build), the pages keep the bundles they already load.
import { existsSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { executableScriptCount, stripScripts } from "../lib/html.mjs";
import { buildIslands, ISLANDS_DIR, islandTags, islandTagsIn } from "../islands/bundle.mjs";
import { kindFor, splitSitePath, TRADITIONAL_BASE } from "../site/routes.cjs";

/**
 * Next's client runtime and router data, which no page loads any more. CSS and the islands stay.
 * @param {string} outDir
 */
function removeFrameworkScripts(outDir) {
  let removed = 0;
  for (const f of readdirSync(outDir, { recursive: true }).map(String)) {
    const path = f.split("\\").join("/");
    const nextScript = /(^|\/)_next\/static\//.test(path) && /\.js$/.test(path) && !path.includes(`${ISLANDS_DIR}/`);
    const routerData = /\.txt$/.test(path) && !/(^|\/)robots\.txt$/.test(path);
    if (nextScript || routerData) {
      rmSync(join(outDir, f), { force: true });
      removed++;
    }
  }
  return removed;
}

/** @type {import("./site.mjs").Step} */
export const islands = {
  name: "islands",
  withRoutesOnly: true,
  async run(site) {
    const sites = [{ base: "", source: site.appRoot }];
    if (existsSync(join(site.outDir, TRADITIONAL_BASE.slice(1)))) sites.push({ base: TRADITIONAL_BASE, source: join(site.appRoot, ".hant-build") });
    let bundleFiles = 0;
    for (const { base, source } of sites) {
      const pages = site.pages.filter((p) => !p.reading && splitSitePath(p.path).base === base);
      /** @type {Map<string, { module: string, preloads: string[] }>} */
      const already = new Map();
      for (const page of pages) {
        const tags = islandTagsIn(page.html);
        if (tags) already.set(page.file, tags);
        page.html = stripScripts(page.html);
        if (executableScriptCount(page.html) > 0) site.problems.push(`${page.path}: a script survived stripping`);
      }
      const siteDir = join(site.outDir, base.slice(1));
      let byKey = already;
      if (existsSync(join(source, "islands"))) {
        rmSync(join(siteDir, ISLANDS_DIR), { recursive: true, force: true });
        const built = await buildIslands({ sourceRoot: source, siteDir, basePath: base, pages: pages.map((p) => ({ key: p.file, html: p.html })) });
        bundleFiles += built.outputs.length;
        byKey = built.byKey;
      } else if (!already.size && pages.length) {
        site.problems.push(`${source}/islands is missing: the ${base || "Simplified"} site's islands are built from its source (npm run build)`);
        continue;
      }
      for (const page of pages) {
        const tags = byKey.get(page.file);
        page.islands = Boolean(tags);
        if (tags) page.html = page.html.replace(/<\/head>/i, `${islandTags(tags)}</head>`);
        else site.problems.push(`${page.path} is listed as an interactive page (kind ${kindFor(page.path)}) but has no island: mark its interactive part with <Island> (components/island.tsx), or list it as reading`);
      }
    }
    if (site.problems.length) return;
    const removed = removeFrameworkScripts(site.outDir);
    return `${site.pages.filter((p) => p.islands).length} island pages (${bundleFiles} bundle files; ${removed} framework files removed)`;
  },
};
