// @ts-check
// Serves prerendered pages and build assets from memory, already compressed.
// `next start` gzips every response again on every request; on this 2-core machine
// that was most of the cost of a page. At start-up each cacheable URL is requested
// once from Next itself (uncompressed), so what is replayed is exactly what Next
// would send: same status, same headers (the per-route CSP included), same bytes.
// Anything else, or any request that could change the answer, goes to Next.
import { request as httpRequest } from "node:http";
import { chooseEncoding } from "./accept-encoding.mjs";
import { storeResponse } from "./stored-response.mjs";

/** Request headers that make Next answer differently (or partially): never from memory. */
const BYPASS_HEADERS = ["range", "if-range", "if-none-match", "if-modified-since", "next-action", "x-prerender-revalidate"];

export function createStaticResponseCache() {
  /** @type {Map<string, import("./stored-response.mjs").StoredResponse>} */
  const stored = new Map();

  /**
   * Requests each path from the running server once and keeps what may be replayed.
   * @param {string} origin e.g. http://127.0.0.1:3000
   * @param {string[]} paths
   * @returns {Promise<{ responses: number; bytes: number }>}
   */
  async function fill(origin, paths) {
    for (const path of paths) {
      const captured = await fetchIdentity(origin + path).catch(() => null);
      const entry = captured && (await storeResponse(captured));
      if (entry) stored.set(path, entry);
    }
    let bytes = 0;
    for (const entry of stored.values()) for (const body of entry.bodies.values()) bytes += body.length;
    return { responses: stored.size, bytes };
  }

  /**
   * Answers the request from memory when it can; returns false to hand it to Next.
   * @param {import("node:http").IncomingMessage} req
   * @param {import("node:http").ServerResponse} res
   */
  function serve(req, res) {
    if (req.method !== "GET" || !req.url) return false;
    const entry = stored.get(req.url); // a query string never matches: Next handles it
    if (!entry) return false;
    const h = req.headers;
    if (BYPASS_HEADERS.some((name) => h[name] !== undefined)) return false;
    if (entry.varyHeaders.some((name) => h[name] !== undefined)) return false;
    const encoding = chooseEncoding(header(h["accept-encoding"]), new Set(entry.bodies.keys()));
    if (!encoding) return false;
    const body = /** @type {Buffer} */ (entry.bodies.get(encoding));
    const headers = [...entry.headers, "Content-Length", String(body.length)];
    if (encoding !== "identity") headers.push("Content-Encoding", encoding);
    res.writeHead(200, headers);
    res.end(body);
    return true;
  }

  return { fill, serve, get size() { return stored.size; } };
}

/** @param {string | string[] | undefined} value */
function header(value) {
  return Array.isArray(value) ? value.join(",") : value;
}

/**
 * @param {string} url
 * @returns {Promise<{ statusCode: number; rawHeaders: string[]; body: Buffer }>}
 */
function fetchIdentity(url) {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers: { "accept-encoding": "identity" } }, (res) => {
      /** @type {Buffer[]} */
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve({ statusCode: res.statusCode ?? 0, rawHeaders: res.rawHeaders, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.setTimeout(30_000, () => req.destroy(new Error(`timed out: ${url}`)));
    req.end();
  });
}
