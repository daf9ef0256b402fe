// The production server (server.mjs) answers prerendered pages and build assets from
// memory, precompressed. Over raw HTTP: every encoding carries the same bytes and the
// same headers as Next's own answer, and requests the store must not answer (RSC,
// conditional, HEAD) still reach Next.
import { request as httpRequest } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { expect, test } from "./helpers/fixtures";
import { allPrerenderedPaths } from "./helpers/routes";

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function rawGet(baseURL: string, path: string, headers: Record<string, string>, method = "GET"): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(path, baseURL), { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

function decoded(res: RawResponse): Buffer {
  const encoding = res.headers["content-encoding"];
  if (encoding === "br") return brotliDecompressSync(res.body);
  if (encoding === "gzip") return gunzipSync(res.body);
  expect(encoding, "no other encoding").toBeUndefined();
  return res.body;
}

/** The headers that describe the resource, not this one transfer. */
function resourceHeaders(res: RawResponse): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(res.headers)) {
    if (!["content-encoding", "content-length", "date", "connection", "keep-alive", "transfer-encoding"].includes(k)) out[k] = v;
  }
  return out;
}

async function firstScriptSrc(baseURL: string): Promise<string> {
  const html = decoded(await rawGet(baseURL, "/", { "accept-encoding": "identity" })).toString("utf8");
  const src = /<script\b[^>]*\bsrc="([^"]+)"/.exec(html)?.[1];
  expect(src, "the home page loads a script").toBeTruthy();
  return src!;
}

test.describe("precompressed serving", { tag: "@headers" }, () => {
  test("every prerendered page: brotli, gzip and identity carry the same bytes and headers", async ({ baseURL }) => {
    for (const path of allPrerenderedPaths()) {
      const [br, gz, plain] = await Promise.all(
        ["br, gzip", "gzip, deflate", "identity"].map((ae) => rawGet(baseURL!, path, { "accept-encoding": ae })),
      );
      for (const res of [br!, gz!, plain!]) expect(res.status, path).toBe(200);
      // Next compresses with gzip only: brotli proves the answer came from the store.
      expect(br!.headers["content-encoding"], `${path} br`).toBe("br");
      expect(gz!.headers["content-encoding"], `${path} gzip`).toBe("gzip");
      expect(decoded(br!).equals(plain!.body), `${path} brotli body`).toBe(true);
      expect(decoded(gz!).equals(plain!.body), `${path} gzip body`).toBe(true);
      expect(resourceHeaders(br!), `${path} headers`).toEqual(resourceHeaders(plain!));
      expect(String(br!.headers["vary"]), `${path} Vary`).toContain("Accept-Encoding");
      expect(br!.body.length, `${path} brotli is no larger than gzip`).toBeLessThanOrEqual(gz!.body.length);
    }
  });

  test("build assets are stored precompressed too, immutable", async ({ baseURL }) => {
    const src = await firstScriptSrc(baseURL!);
    const br = await rawGet(baseURL!, src, { "accept-encoding": "br" });
    const plain = await rawGet(baseURL!, src, { "accept-encoding": "identity" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(decoded(br).equals(plain.body)).toBe(true);
    expect(br.headers["cache-control"]).toContain("immutable");
    expect(br.headers["x-content-type-options"]).toBe("nosniff");
  });

  test("the larger start-up scripts carry V8's compile hint, the smaller ones are left alone", async ({ baseURL }) => {
    const html = decoded(await rawGet(baseURL!, "/", { "accept-encoding": "identity" })).toString("utf8");
    const srcs = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
    const files = await Promise.all(srcs.map(async (src) => ({ src, body: decoded(await rawGet(baseURL!, src, { "accept-encoding": "identity" })) })));
    const hinted = files.filter((f) => f.body.toString("utf8").startsWith("//# allFunctionsCalledOnLoad\n"));
    // The framework's own chunks are well over the 16 KiB threshold.
    expect(hinted.length, "hinted start-up scripts").toBeGreaterThanOrEqual(2);
    for (const f of files) {
      const big = f.body.length >= 16 * 1024 + "//# allFunctionsCalledOnLoad\n".length;
      if (!big) expect(hinted.includes(f), `${f.src} is small and not hinted`).toBe(false);
    }
  });

  test("requests the store must not answer still reach Next", async ({ baseURL }) => {
    // An RSC request (a header named in Vary) is Next's to answer, never the stored HTML.
    const rsc = await rawGet(baseURL!, "/questions", { rsc: "1", "accept-encoding": "br" });
    expect(rsc.headers["content-encoding"]).not.toBe("br");
    expect(String(rsc.headers["content-type"] ?? "")).not.toContain("text/html");
    // Revalidation: Next answers 304 for the ETag the stored copy carries.
    const page = await rawGet(baseURL!, "/questions", { "accept-encoding": "identity" });
    const etag = String(page.headers["etag"]);
    expect(etag).toBeTruthy();
    const revalidated = await rawGet(baseURL!, "/questions", { "if-none-match": etag });
    expect(revalidated.status).toBe(304);
    // HEAD and a query string: Next's answer, same security headers.
    const head = await rawGet(baseURL!, "/questions", { "accept-encoding": "br" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers["content-encoding"]).not.toBe("br");
    const query = await rawGet(baseURL!, "/questions?from=e2e", { "accept-encoding": "br, gzip" });
    expect(query.status).toBe(200);
    expect(query.headers["content-encoding"]).not.toBe("br");
    expect(query.headers["content-security-policy"]).toBe(page.headers["content-security-policy"]);
  });
});
