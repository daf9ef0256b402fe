// Next's `_not-found` copy of the 404 page goes; 404.html stays.
import { rmSync } from "node:fs";
import { join } from "node:path";

export const DUPLICATE_404_FILES = ["_not-found", "_not-found.html", "_not-found.txt"];

/** @type {import("./site.mjs").Step} */
export const dropDuplicate404 = {
  name: "drop the duplicate 404 page",
  run(site) {
    for (const f of DUPLICATE_404_FILES) rmSync(join(site.outDir, f), { recursive: true, force: true });
  },
};
