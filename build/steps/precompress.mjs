// Writes a brotli `.br` and a gzip `.gz` beside every text file of the static site, at
// the highest levels (done once per build, so the time is spent once). nginx
// (gzip_static, brotli_static), serve/server.mjs (sirv) and most static hosts serve them as
// they are, so nothing is compressed per request. Pages' gzip comes from Zopfli
// (@gfx/zopfli, build time only): about 6% smaller than zlib's best, which is what keeps
// the larger pages inside their first round trip (14 KiB) for clients without brotli.
// One iteration: more buys little and costs build time. PRECOMPRESS_FAST=1 uses zlib
// for every file and a middling brotli level (the offline update test, which rebuilds a
// copy of out/ and only needs files a browser can read, not the smallest ones).
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { gzipAsync as zopfliGzip } from "@gfx/zopfli";

const br = promisify(brotliCompress);
const gz = promisify(gzip);
export const TEXT_FILE = /\.(html|css|js|mjs|json|txt|xml|svg|webmanifest|map)$/;

/** Writes path.br and path.gz beside one file. @param {string} path */
export async function precompressFile(path) {
  const data = readFileSync(path);
  const [b, g] = await Promise.all([
    br(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: process.env.PRECOMPRESS_FAST ? 5 : constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
    path.endsWith(".html") && !process.env.PRECOMPRESS_FAST ? zopfliGzip(data, { numiterations: 1 }) : gz(data, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  writeFileSync(`${path}.br`, b);
  writeFileSync(`${path}.gz`, g);
  return { bytes: data.length, brBytes: b.length, gzBytes: g.length };
}

/** @param {string} outDir @returns {Promise<{ files: number, bytes: number, brBytes: number, gzBytes: number }>} */
export async function precompress(outDir) {
  const files = readdirSync(outDir, { recursive: true }).map(String).filter((f) => TEXT_FILE.test(f));
  const totals = { files: files.length, bytes: 0, brBytes: 0, gzBytes: 0 };
  // A few at a time: zlib's async calls run on libuv's thread pool.
  const queue = [...files];
  const worker = async () => {
    for (let f = queue.shift(); f !== undefined; f = queue.shift()) {
      const sizes = await precompressFile(join(outDir, f));
      totals.bytes += sizes.bytes;
      totals.brBytes += sizes.brBytes;
      totals.gzBytes += sizes.gzBytes;
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return totals;
}

const kib = (/** @type {number} */ n) => `${(n / 1024).toFixed(0)} KiB`;

/** @type {import("./site.mjs").Step} */
export const precompressSite = {
  name: "precompress",
  async run(site) {
    const packed = await precompress(site.outDir);
    return `${packed.files} text files precompressed (${kib(packed.bytes)} -> br ${kib(packed.brBytes)}, gz ${kib(packed.gzBytes)})`;
  },
};
