// @ts-check
// One response kept in memory, ready to send: Next's own status line and headers,
// and its body stored once per encoding (identity, gzip at level 9, brotli at 11),
// compressed once at start-up instead of on every request.
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Headers that describe one transfer, not the resource: set again per response. */
const PER_TRANSFER = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date"]);
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg\+xml)/i;
/** Smaller bodies gain nothing worth the Content-Encoding and Vary headers. */
const MIN_COMPRESS_BYTES = 1024;

/**
 * @typedef {{
 *   headers: string[];
 *   bodies: Map<import("./accept-encoding.mjs").Encoding, Buffer>;
 *   varyHeaders: string[];
 * }} StoredResponse
 * headers: flat [name, value, ...] as Node's rawHeaders, without the per-transfer ones;
 * varyHeaders: request headers (lowercase) that change this response besides Accept-Encoding.
 */

/**
 * Keeps a 200 response that can be replayed to anyone; null for anything else.
 * @param {{ statusCode: number; rawHeaders: string[]; body: Buffer }} captured an identity-encoded response
 * @returns {Promise<StoredResponse | null>}
 */
export async function storeResponse({ statusCode, rawHeaders, body }) {
  if (statusCode !== 200) return null;
  /** @type {string[]} */
  const headers = [];
  let contentType = "";
  /** @type {string[]} */
  let vary = [];
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    const name = /** @type {string} */ (rawHeaders[i]);
    const value = /** @type {string} */ (rawHeaders[i + 1]);
    const lower = name.toLowerCase();
    if (lower === "set-cookie") return null; // personal: never replay
    if (lower === "content-encoding" && value !== "identity") return null;
    if (lower === "cache-control" && /no-store|private/i.test(value)) return null;
    if (PER_TRANSFER.has(lower)) continue;
    if (lower === "content-type") contentType = value;
    if (lower === "vary") {
      vary = vary.concat(value.split(",").map((v) => v.trim().toLowerCase()).filter(Boolean));
      continue; // written once below, with Accept-Encoding in it
    }
    headers.push(name, value);
  }

  /** @type {StoredResponse["bodies"]} */
  const bodies = new Map([["identity", body]]);
  if (COMPRESSIBLE.test(contentType) && body.length >= MIN_COMPRESS_BYTES) {
    const [gz, br] = await Promise.all([
      gzipAsync(body, { level: 9 }),
      brotliAsync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }),
    ]);
    if (gz.length < body.length) bodies.set("gzip", gz);
    if (br.length < body.length) bodies.set("br", br);
    if (!vary.includes("accept-encoding")) vary.push("accept-encoding");
  }
  if (vary.includes("*")) return null;
  if (vary.length) headers.push("Vary", vary.map(displayName).join(", "));
  return { headers, bodies, varyHeaders: vary.filter((v) => v !== "accept-encoding") };
}

/** "accept-encoding" -> "Accept-Encoding"; Next's own lowercase names stay as they were. */
function displayName(/** @type {string} */ name) {
  return name === "accept-encoding" ? "Accept-Encoding" : name;
}
