#!/usr/bin/env node
// The last build step (npm "postbuild", after scripts/postbuild.mjs): writes out/sw.js,
// the service worker, with the precache list of the finished out/ (pages with their
// CSP and registration script, content.json, CSS, scripts, manifest, icons), and its
// .br/.gz. Run it again after anything else is copied into out/.
//
// Usage: node scripts/build-service-worker.mjs [--out dir]   (default: this project's out/)
import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { precompressFile } from "./lib/precompress.mjs";
import { WORKER_PATH, writeServiceWorker } from "./lib/service-worker.mjs";

const args = process.argv.slice(2);
const outArg = args.indexOf("--out");
const outDir = resolve(outArg >= 0 ? args[outArg + 1] : fileURLToPath(new URL("../out", import.meta.url)));
const started = performance.now();

const { entries, count, size } = await writeServiceWorker(outDir);
const worker = join(outDir, WORKER_PATH.slice(1));
const packed = await precompressFile(worker);
// Over the wire: the brotli file the servers send where there is one, else the file.
const wire = entries.reduce((n, { url }) => {
  const file = join(outDir, url.split("?")[0]);
  return n + statSync(existsSync(`${file}.br`) ? `${file}.br` : file).size;
}, 0);
const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;
console.log(
  `service worker: ${WORKER_PATH} (${(statSync(worker).size / 1024).toFixed(1)} KiB, br ${(packed.brBytes / 1024).toFixed(1)} KiB) precaches ${count} files: ` +
    `${kib(size)} raw, ${kib(wire)} over the wire (brotli); ${Math.round(performance.now() - started)} ms`,
);
