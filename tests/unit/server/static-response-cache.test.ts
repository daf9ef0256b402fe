// The in-memory store in front of Next, tested against a stand-in origin: what it
// replays must be byte-for-byte what the origin sent, in the encoding asked for, and
// anything it must not answer has to reach the origin.
import { createServer, request, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaticResponseCache } from "@/server/static-response-cache.mjs";

const PAGE = `<!doctype html><html lang="zh-CN"><body>${"逾期明白 ".repeat(400)}</body></html>`;
const originHits: string[] = [];

// Stands in for Next: a page with Next-like headers, a tiny file, a personal response,
// a 404, and a different body for RSC requests.
function origin(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) {
  originHits.push(`${req.method} ${req.url} ${req.headers["accept-encoding"] ?? ""}`);
  const rsc = req.headers["rsc"] === "1";
  if (req.url === "/page" || req.url?.startsWith("/page?")) {
    res.writeHead(200, [
      "Content-Security-Policy", "default-src 'self'; script-src 'self' 'sha256-abc='",
      "x-nextjs-prerender", "1",
      "x-nextjs-prerender", "1",
      "Vary", "rsc, next-router-state-tree",
      "Content-Type", rsc ? "text/x-component" : "text/html; charset=utf-8",
      "ETag", '"v1"',
    ]);
    res.end(rsc ? "0:rsc" : PAGE);
  } else if (req.url === "/tiny.txt") {
    res.writeHead(200, { "content-type": "text/plain" });
    res.end("hi");
  } else if (req.url === "/personal") {
    res.writeHead(200, { "content-type": "text/html", "set-cookie": "id=1" });
    res.end(PAGE);
  } else {
    res.writeHead(404, { "content-type": "text/plain" });
    res.end("missing");
  }
}

let server: Server;
let base: string;
const cache = createStaticResponseCache();

beforeAll(async () => {
  server = createServer((req, res) => {
    if (!cache.serve(req, res)) origin(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await cache.fill(base, ["/page", "/tiny.txt", "/personal", "/missing"]);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; raw: string[]; body: Buffer }>((resolve, reject) => {
    const req = request(base + path, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, raw: res.rawHeaders, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** Sends a request and reports whether the origin (not the store) answered it. */
async function answeredByOrigin(path: string, headers: Record<string, string> = {}) {
  const before = originHits.length;
  const res = await get(path, headers);
  return { res, byOrigin: originHits.length > before };
}

describe("static response cache", () => {
  it("keeps only 200 responses that carry nothing personal", () => {
    expect(cache.size).toBe(2); // /page and /tiny.txt; not the Set-Cookie one, not the 404
  });

  it.each([
    ["gzip, deflate, br", "br", brotliDecompressSync],
    ["gzip, deflate", "gzip", gunzipSync],
    ["identity", undefined, (b: Buffer) => b],
  ] as const)("replays the page for Accept-Encoding %j as %s, same bytes, without asking the origin", async (ae, encoding, decode) => {
    const { res, byOrigin } = await answeredByOrigin("/page", { "accept-encoding": ae });
    expect(byOrigin).toBe(false);
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe(encoding);
    expect(Number(res.headers["content-length"])).toBe(res.body.length);
    expect(decode(res.body).toString("utf8")).toBe(PAGE);
    // the origin's headers, repeated ones included, and Accept-Encoding added to Vary
    expect(res.headers["content-security-policy"]).toBe("default-src 'self'; script-src 'self' 'sha256-abc='");
    expect(res.raw.filter((h) => h === "x-nextjs-prerender")).toHaveLength(2);
    expect(res.headers["vary"]).toBe("rsc, next-router-state-tree, Accept-Encoding");
    expect(res.headers["etag"]).toBe('"v1"');
  });

  it("compresses the page much smaller, brotli smallest", async () => {
    const br = (await get("/page", { "accept-encoding": "br" })).body.length;
    const gz = (await get("/page", { "accept-encoding": "gzip" })).body.length;
    expect(gz).toBeLessThan(Buffer.byteLength(PAGE) / 10);
    expect(br).toBeLessThanOrEqual(gz);
  });

  it("does not compress a body too small to gain from it", async () => {
    const { res, byOrigin } = await answeredByOrigin("/tiny.txt", { "accept-encoding": "gzip, br" });
    expect(byOrigin).toBe(false);
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(res.body.toString()).toBe("hi");
  });

  it.each([
    ["an RSC request", "/page", { rsc: "1" }],
    ["a header named in Vary", "/page", { "next-router-state-tree": "x" }],
    ["a range request", "/page", { range: "bytes=0-10" }],
    ["a conditional request", "/page", { "if-none-match": '"v1"' }],
    ["a query string", "/page?x=1", {}],
    ["a path that was not stored", "/personal", {}],
    ["an unknown path", "/missing", {}],
    ["a client refusing every stored encoding", "/page", { "accept-encoding": "identity;q=0, deflate" }],
  ])("hands %s to the origin", async (_what, path, headers) => {
    const { byOrigin } = await answeredByOrigin(path, headers);
    expect(byOrigin).toBe(true);
  });

  it("hands anything but GET to the origin", async () => {
    const before = originHits.length;
    await new Promise<void>((resolve, reject) => {
      const req = request(base + "/page", { method: "HEAD" }, (res) => {
        res.resume();
        res.on("end", resolve);
      });
      req.on("error", reject);
      req.end();
    });
    expect(originHits.length).toBe(before + 1);
  });
});
