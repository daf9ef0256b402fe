// Reading pages lose every script and script preload: their text is all in the HTML
// already. Data blocks (JSON-LD) stay (build/lib/html.mjs).
import { executableScriptCount, stripScripts } from "../lib/html.mjs";

/** @type {import("./site.mjs").Step} */
export const stripReadingScripts = {
  name: "strip reading pages' scripts",
  run(site) {
    const reading = site.pages.filter((p) => p.reading);
    for (const page of reading) {
      page.html = stripScripts(page.html);
      if (executableScriptCount(page.html) > 0) site.problems.push(`${page.path}: a script survived stripping`);
    }
    return `${site.pages.length} pages, ${reading.length} reading pages without scripts`;
  },
};
