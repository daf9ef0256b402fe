// The static hosts' header configs, from the one definition in
// build/site/security-headers.cjs: out/_headers (Netlify, Cloudflare Pages) and, for
// this project, the committed deploy/nginx/site.conf (build/site/deploy-configs.mjs).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderHeadersFile, renderNginxSite } from "../site/deploy-configs.mjs";

/** @type {import("./site.mjs").Step} */
export const deployConfigs = {
  name: "deploy configs",
  run(site) {
    writeFileSync(join(site.outDir, "_headers"), renderHeadersFile());
    if (site.isProject) writeFileSync(join(site.appRoot, "deploy", "nginx", "site.conf"), renderNginxSite());
  },
};
