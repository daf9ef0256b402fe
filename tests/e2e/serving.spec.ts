// Serving the static site, over raw HTTP, on both servers: the precompressed files
// the build wrote (.br, .gz) carry the same bytes as the plain ones, validators give
// 304s, HEAD has no body, clean URLs map to .html files, and /timeline's preloaded
// /content.json is revalidated on every use.
import { expect, test } from "./helpers/fixtures";
import { decoded, expectSecurityHeaders, rawRequest } from "./helpers/headers";
import { allPrerenderedPaths } from "./helpers/routes";

const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

test.describe("static serving", { tag: "@headers" }, () => {
  test("every page: brotli, gzip and identity carry the same bytes", async ({ baseURL }) => {
    for (const path of allPrerenderedPaths()) {
      const [br, gz, plain] = await Promise.all(
        ["br, gzip", "gzip, deflate", "identity"].map((ae) => rawRequest(baseURL!, path, { "accept-encoding": ae })),
      );
      for (const res of [br!, gz!, plain!]) expect(res.status, path).toBe(200);
      expect(br!.headers["content-encoding"], `${path} br`).toBe("br");
      expect(gz!.headers["content-encoding"], `${path} gzip`).toBe("gzip");
      expect(plain!.headers["content-encoding"], `${path} identity`).toBeUndefined();
      expect(br!.headers["vary"], `${path} Vary`).toMatch(/accept-encoding/i);
      expect(String(br!.headers["content-type"]), path).toMatch(/^text\/html;\s*charset=utf-8$/i);
      expect(decoded(br!).equals(plain!.body), `${path} brotli = identity`).toBe(true);
      expect(decoded(gz!).equals(plain!.body), `${path} gzip = identity`).toBe(true);
    }
    // Asked for brotli only, after the same pages in every encoding (see docs/serving-and-security.md, Deploy:
    // nginx with disable_symlinks once failed exactly this), every server sends brotli.
    const alone = await rawRequest(baseURL!, "/", { "accept-encoding": "br" });
    const plain = await rawRequest(baseURL!, "/", { "accept-encoding": "identity" });
    expect(alone.headers["content-encoding"], "/ asked for brotli only").toBe("br");
    expect(decoded(alone).equals(plain.body), "/ brotli only = identity").toBe(true);
  });

  test("a validator from the last answer gets a 304 with the security headers", async ({ baseURL }) => {
    for (const path of ["/", "/questions", "/content.json"]) {
      const first = await rawRequest(baseURL!, path, { "accept-encoding": "br" });
      const etag = String(first.headers["etag"] ?? "");
      expect(etag, `${path} ETag`).toBeTruthy();
      const again = await rawRequest(baseURL!, path, { "accept-encoding": "br", "if-none-match": etag });
      expect(again.status, `${path} revalidated`).toBe(304);
      expect(again.body.length).toBe(0);
      expectSecurityHeaders(again.headers, `${path} 304`);
    }
  });

  test("HEAD answers like GET without a body", async ({ baseURL }) => {
    const get = await rawRequest(baseURL!, "/questions", { "accept-encoding": "br" });
    const head = await rawRequest(baseURL!, "/questions", { "accept-encoding": "br" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers["content-length"]).toBe(get.headers["content-length"]);
    expect(head.headers["etag"]).toBe(get.headers["etag"]);
    expectSecurityHeaders(head.headers, "HEAD /questions");
  });

  test("clean URLs: /x serves x.html; a query string changes nothing", async ({ baseURL }) => {
    const clean = await rawRequest(baseURL!, "/questions", { "accept-encoding": "identity" });
    const file = await rawRequest(baseURL!, "/questions.html", { "accept-encoding": "identity" });
    const query = await rawRequest(baseURL!, "/questions?from=e2e", { "accept-encoding": "identity" });
    const index = await rawRequest(baseURL!, "/", { "accept-encoding": "identity" });
    for (const res of [clean, file, query, index]) expect(res.status).toBe(200);
    expect(clean.body.equals(file.body)).toBe(true);
    expect(clean.body.equals(query.body)).toBe(true);
    expect(index.body.toString("utf8")).toContain("查看我的时间线");
    // No directory listings, and a trailing slash is not a second address for a page.
    for (const path of ["/questions/", "/_next/static/", "/_next/"]) {
      expect((await rawRequest(baseURL!, path)).status, path).toBe(404);
    }
  });

  test("/timeline preloads /content.json, which revalidates on every use", async ({ baseURL }) => {
    const html = decoded(await rawRequest(baseURL!, "/timeline", { "accept-encoding": "br" })).toString("utf8");
    expect(html).toMatch(/<link\b[^>]*rel="preload"[^>]*href="\/content.json"/);
    const json = await rawRequest(baseURL!, "/content.json", { "accept-encoding": "br" });
    expect(json.headers["content-encoding"]).toBe("br");
    expect(json.headers["cache-control"]).toBe("no-cache");
    expect(() => JSON.parse(decoded(json).toString("utf8"))).not.toThrow();
  });

  test("the larger start-up scripts carry V8's compile hint, the smaller ones are left alone", async ({ baseURL }) => {
    const html = decoded(await rawRequest(baseURL!, "/", { "accept-encoding": "identity" })).toString("utf8");
    // The page's module and the chunks it preloads (its islands), and our own small scripts.
    const srcs = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"|<link rel="modulepreload" href="([^"]+)"/g)].map((m) => (m[1] ?? m[2])!);
    const files = await Promise.all(srcs.map(async (src) => ({ src, body: decoded(await rawRequest(baseURL!, src, { "accept-encoding": "br" })) })));
    const hinted = files.filter((f) => f.body.toString("utf8").startsWith(COMPILE_HINT));
    // The page's island bundle (its components, Preact and zod) is over the 16 KiB threshold.
    expect(hinted.length, "hinted start-up scripts").toBeGreaterThanOrEqual(1);
    for (const f of files) {
      const big = f.body.length >= 16 * 1024 + COMPILE_HINT.length;
      expect(hinted.includes(f), `${f.src} is ${big ? "large and hinted" : "small and not hinted"}`).toBe(big);
    }
  });
});
