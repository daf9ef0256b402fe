// Reading every page into memory (the first page step) and writing them back (the last).
// A page's old CSP meta tag is dropped on reading, so running the build again on the
// same out/ gives the same files.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { kindFor, pathOfHtmlFile } from "../site/routes.cjs";

const CSP_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/>/;

/** @type {import("./site.mjs").Step} */
export const readPages = {
  name: "read pages",
  run(site) {
    site.pages = readdirSync(site.outDir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith(".html"))
      .sort()
      .map((file) => {
        const path = pathOfHtmlFile(file);
        const html = readFileSync(join(site.outDir, file), "utf8").replace(CSP_META, "");
        return { file, path, reading: site.withRoutes && kindFor(path) === "reading", html };
      });
  },
};

/** @type {import("./site.mjs").Step} */
export const writePages = {
  name: "write pages",
  run(site) {
    for (const page of site.pages) writeFileSync(join(site.outDir, page.file), page.html);
  },
};
