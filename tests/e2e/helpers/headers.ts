// The header and CSP expectations every server must meet (npm start's and nginx),
// and a raw HTTP client that sends a path exactly as written (no normalising), for
// the serving and hostile-request checks.
import { createHash } from "node:crypto";
import { request as httpRequest } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { ownScriptsOn } from "../../../build/site/own-scripts.cjs";
import { splitSitePath } from "../../../build/site/routes.cjs";
import { expect, parseCsp } from "./fixtures";

type Headers = Record<string, string | string[] | undefined>;
const one = (h: Headers, name: string): string | undefined => {
  const v = h[name];
  return Array.isArray(v) ? v.join(", ") : v;
};

/** The headers that are the same on every response, errors and assets included. */
export function expectSecurityHeaders(h: Headers, label: string): void {
  expect(one(h, "content-security-policy"), `${label} header CSP`).toBe("frame-ancestors 'none'");
  expect(one(h, "referrer-policy"), `${label} Referrer-Policy`).toBe("no-referrer");
  expect(one(h, "x-content-type-options"), `${label} X-Content-Type-Options`).toBe("nosniff");
  expect(one(h, "x-frame-options"), `${label} X-Frame-Options`).toBe("DENY");
  expect(one(h, "cross-origin-opener-policy"), `${label} COOP`).toBe("same-origin");
  expect(one(h, "cross-origin-resource-policy"), `${label} CORP`).toBe("same-origin");
  expect(one(h, "strict-transport-security"), `${label} HSTS`).toMatch(/^max-age=\d{7,}/);
  const pp = one(h, "permissions-policy") ?? "";
  for (const feature of ["camera", "microphone", "geolocation", "interest-cohort", "browsing-topics", "payment", "usb"]) {
    expect(pp, `${label} Permissions-Policy ${feature}`).toContain(`${feature}=()`);
  }
  expect(one(h, "x-powered-by"), `${label} X-Powered-By`).toBeUndefined();
  expect(one(h, "set-cookie"), `${label} Set-Cookie`).toBeUndefined();
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const isData = (attrs: string) => /\btype\s*=\s*["']?application\/(ld\+)?json/i.test(attrs);

/** sha256 of each inline executable script, computed here independently of the build's code. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(SCRIPT)]
    .filter((m) => !/\bsrc\s*=/i.test(m[1] ?? "") && !isData(m[1] ?? ""))
    .map((m) => createHash("sha256").update(m[2] ?? "", "utf8").digest("base64"));
}

/** The same-origin scripts of ours a page carries, by its path (build/site/own-scripts.cjs). */
export function ownScriptsFor(path: string): string[] {
  return ownScriptsOn(splitSitePath(path).base);
}

/** Executable <script> elements (with the src of each external one) and script preloads in a document. */
export function scriptsIn(html: string): { scripts: number; srcs: string[]; preloads: number } {
  const executable = [...html.matchAll(SCRIPT)].filter((m) => !isData(m[1] ?? ""));
  return {
    scripts: executable.length,
    srcs: executable.map((m) => /\bsrc="([^"]*)"/.exec(m[1] ?? "")?.[1]).filter((src): src is string => src !== undefined),
    preloads: (html.match(/<link\b[^>]*\b(modulepreload|as="script")[^>]*>/gi) ?? []).length,
  };
}

/**
 * A reading page: its only scripts are our own same-origin files (the worker
 * registration, and on Simplified pages the Traditional suggestion), and nothing
 * preloads another.
 */
export function expectOnlyOwnScripts(html: string, path: string): void {
  const { scripts, srcs, preloads } = scriptsIn(html);
  const own = ownScriptsFor(path);
  expect([...srcs].sort(), `${path}: a reading page's scripts are the registration (and on Simplified pages the suggestion)`).toEqual([...own].sort());
  expect(scripts, `${path}: and no other script, inline or external`).toBe(own.length);
  expect(preloads, `${path}: nor a script preload`).toBe(0);
}

/**
 * The page's meta CSP: the first <meta http-equiv> in <head>, before any script or
 * link, strict, listing exactly the page's inline scripts (script-src 'none' when the
 * page has no script at all).
 */
export function expectMetaCsp(html: string, label: string): Map<string, string[]> {
  const head = /<head\b[^>]*>([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? "";
  const firstEquiv = /<meta\b[^>]*http-equiv="([^"]+)"[^>]*content="([^"]*)"/i.exec(head);
  expect(firstEquiv?.[1]?.toLowerCase(), `${label}: the first meta http-equiv is the CSP`).toBe("content-security-policy");
  const before = head.slice(0, firstEquiv!.index);
  expect(before, `${label}: nothing but meta charset before the CSP`).not.toMatch(/<(script|link|style)\b/i);
  const csp = firstEquiv![2]!.replace(/&quot;/g, '"').replace(/&amp;/g, "&");
  const d = parseCsp(csp);
  expect(csp, `${label} no unsafe-eval`).not.toContain("'unsafe-eval'");
  expect(csp, `${label} only self`).not.toMatch(/(^|\s)(https?:|wss?:)?\/\/|(^|\s)(https?|wss?):(\s|;|$)|\s\*(\s|;|$)/);
  expect(d.get("default-src"), `${label} default-src`).toEqual(["'self'"]);
  expect(d.get("object-src"), `${label} object-src`).toEqual(["'none'"]);
  expect(d.get("base-uri"), `${label} base-uri`).toEqual(["'none'"]);
  expect(d.get("form-action"), `${label} form-action`).toEqual(["'self'"]);
  expect(d.get("connect-src"), `${label} connect-src`).toEqual(["'self'"]);
  expect(d.get("img-src"), `${label} img-src`).toEqual(["'self'", "data:"]);
  const scriptSrc = d.get("script-src") ?? [];
  const { scripts } = scriptsIn(html);
  if (scripts === 0) {
    expect(scriptSrc, `${label}: a page without scripts allows none`).toEqual(["'none'"]);
  } else {
    // 'self' plus the hash of each inline script: a reading page, whose only scripts
    // are our own same-origin files, gets exactly ['self'].
    expect(scriptSrc[0], `${label} script-src`).toBe("'self'");
    const hashes = inlineScriptHashes(html).map((h) => `'sha256-${h}'`);
    expect([...scriptSrc.slice(1)].sort(), `${label}: script-src lists exactly this page's inline scripts`).toEqual([...new Set(hashes)].sort());
  }
  return d;
}

export interface RawResponse {
  status: number;
  headers: Headers;
  body: Buffer;
}

/** One HTTP request with the path sent byte for byte as given. */
export function rawRequest(baseURL: string, path: string, headers: Record<string, string> = {}, method = "GET"): Promise<RawResponse> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

/** The body with its content-encoding undone. */
export function decoded(res: RawResponse): Buffer {
  const encoding = one(res.headers, "content-encoding");
  if (encoding === "br") return brotliDecompressSync(res.body);
  if (encoding === "gzip") return gunzipSync(res.body);
  expect(encoding, "no other encoding").toBeUndefined();
  return res.body;
}
