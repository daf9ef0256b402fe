#!/usr/bin/env node
// The last build step (npm "postbuild", after build/postbuild.mjs): writes the service
// workers, out/sw.js and (with the Traditional site) out/sw-zh-Hant.js, each with its
// site's precache list from the finished out/ (pages with their CSP and registration
// script, content.json, CSS, scripts, manifest, icons), and their .br/.gz. Run it again
// after anything else is copied into out/.
//
// Usage: node build/service-worker/build.mjs [--out dir]   (default: this project's out/)
import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { precompressFile } from "../steps/precompress.mjs";
import { writeServiceWorkers } from "./workers.mjs";

const args = process.argv.slice(2);
const outArg = args.indexOf("--out");
const outDir = resolve(outArg >= 0 ? (args[outArg + 1] ?? "") : fileURLToPath(new URL("../../out", import.meta.url)));
const started = performance.now();

const kib = (/** @type {number} */ n) => `${(n / 1024).toFixed(0)} KiB`;
for (const { worker, entries, count, size } of await writeServiceWorkers(outDir)) {
  const file = join(outDir, worker.path.slice(1));
  const packed = await precompressFile(file);
  // Over the wire: the brotli file the servers send where there is one, else the file.
  const wire = entries.reduce((n, { url }) => {
    const f = join(outDir, url.split("?")[0] ?? url);
    return n + statSync(existsSync(`${f}.br`) ? `${f}.br` : f).size;
  }, 0);
  console.log(
    `service worker: ${worker.path} (scope ${worker.scope}; ${(statSync(file).size / 1024).toFixed(1)} KiB, br ${(packed.brBytes / 1024).toFixed(1)} KiB) precaches ${count} files: ` +
      `${kib(size)} raw, ${kib(wire)} over the wire (brotli)`,
  );
}
console.log(`service workers written in ${Math.round(performance.now() - started)} ms`);
