// No symlinks in the site: a static site holds files only, and the nginx config does
// not refuse them (build/site/deploy-configs.mjs).
import { readdirSync } from "node:fs";
import { join } from "node:path";

/** @type {import("./site.mjs").Step} */
export const refuseSymlinks = {
  name: "refuse symlinks",
  run(site) {
    for (const d of readdirSync(site.outDir, { recursive: true, withFileTypes: true })) {
      if (d.isSymbolicLink()) site.problems.push(`${join(d.parentPath ?? d.path, d.name)} is a symlink: a static site holds files only`);
    }
  },
};
