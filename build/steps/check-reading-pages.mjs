// Reading pages (kind "reading" in build/site/routes.json) render server components
// only: their page file and the layouts above it may not reach a "use client" module,
// because the strip-reading-scripts step removes their scripts and such a component
// would be dead. The build fails otherwise; the page belongs in the interactive list.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { clientModulesOf } from "../lib/client-imports.mjs";
import { listedRoutes, sourceFileFor } from "../site/routes.cjs";

/** @type {import("./site.mjs").Step} */
export const checkReadingPages = {
  name: "check reading pages",
  withRoutesOnly: true,
  run(site) {
    for (const route of listedRoutes().filter((r) => r.kind === "reading")) {
      if (!existsSync(join(site.appRoot, sourceFileFor(route)))) continue; // listed, not built yet
      for (const chain of clientModulesOf(site.appRoot, sourceFileFor(route))) {
        site.problems.push(`${route.path} is listed as a reading page (build/site/routes.json) but renders a client component: ${chain}. Move the route to kind "content" or "app", or keep the interaction off this page.`);
      }
    }
  },
};
