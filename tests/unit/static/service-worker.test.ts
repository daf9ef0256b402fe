import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { WORKERS, precacheManifest } from "../../../build/service-worker/workers.mjs";
import { buildCsp } from "../../../build/site/security-headers.cjs";
import { REGISTRATION_TAG, addWorkerRegistration } from "../../../build/steps/worker-registration.mjs";

const PAGE = '<!DOCTYPE html><html><head><meta charSet="utf-8"/><title>t</title></head><body><h1>标题</h1></body></html>';

describe("worker registration", () => {
  it("goes last in <head>, once, however often the step runs", () => {
    const once = addWorkerRegistration(PAGE);
    expect(once).toContain(`<title>t</title>${REGISTRATION_TAG}</head>`);
    expect(addWorkerRegistration(once)).toBe(once);
    expect(once.split("<script").length - 1).toBe(1);
  });

  it("refuses a document with no head rather than guessing", () => {
    expect(() => addWorkerRegistration("<p>x</p>")).toThrow(/<\/head>/);
  });

  it("a reading page's policy allows same-origin scripts only, no inline ones", () => {
    const csp = buildCsp({ scripts: "self" });
    expect(csp.split("; ").find((d) => d.startsWith("script-src"))).toBe("script-src 'self'");
    expect(buildCsp({ scripts: false })).toContain("script-src 'none';");
    expect(csp).toContain("worker-src 'self';");
  });
});

describe("precache list", () => {
  const out = mkdtempSync(join(tmpdir(), "precache-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const files = [
    "index.html",
    "index.html.br",
    "index.html.gz",
    "index.txt",
    "timeline.html",
    "timeline.txt",
    "timeline/__next._tree.txt",
    "questions/a.html",
    "content.json",
    "manifest.webmanifest",
    "icons/icon-192.png",
    "_next/static/chunks/app-1a2b.js",
    "_next/static/chunks/app-1a2b.css",
    "sw.js",
    "sw-register.js",
    "robots.txt",
    "sitemap.xml",
    "_headers",
    "zh-Hant/index.html",
    "zh-Hant/content.json",
    "zh-Hant/timeline.txt",
    "zh-Hant/_next/static/chunks/app-3c4d.js",
    "sw-zh-Hant.js",
    "sw-update-notice.js",
  ];
  for (const f of files) {
    mkdirSync(join(out, f, ".."), { recursive: true });
    writeFileSync(join(out, f), f);
  }

  it("the Simplified worker's: every page, script, style, JSON file, manifest and icon of its site, from the site root, and nothing of the Traditional site (no .txt)", async () => {
    const { entries } = await precacheManifest(out, WORKERS[0]);
    expect(entries.map((e) => e.url).sort()).toEqual(
      [
        "/_next/static/chunks/app-1a2b.css",
        "/_next/static/chunks/app-1a2b.js",
        "/content.json",
        "/icons/icon-192.png",
        "/index.html",
        "/manifest.webmanifest",
        "/questions/a.html",
        "/sw-register.js",
        "/sw-update-notice.js",
        "/timeline.html",
      ].sort(),
    );
  });

  it("the Traditional worker's: its own site under /zh-Hant, plus the root files its pages load, and nothing of the Simplified site", async () => {
    const { entries } = await precacheManifest(out, WORKERS[1]);
    expect(entries.map((e) => e.url).sort()).toEqual(
      ["/icons/icon-192.png", "/sw-register.js", "/sw-update-notice.js", "/zh-Hant/_next/static/chunks/app-3c4d.js", "/zh-Hant/content.json", "/zh-Hant/index.html"].sort(),
    );
    expect(WORKERS.map((w) => [w.path, w.scope])).toEqual([
      ["/sw.js", "/"],
      ["/sw-zh-Hant.js", "/zh-Hant"],
    ]);
  });

  it("revisions unhashed files by content and leaves hashed build files to their names", async () => {
    const { entries } = await precacheManifest(out);
    const byUrl = new Map(entries.map((e) => [e.url, e.revision]));
    expect(byUrl.get("/_next/static/chunks/app-1a2b.js")).toBeNull();
    expect(byUrl.get("/index.html")).toMatch(/^[0-9a-f]{32}$/);
    expect(byUrl.get("/index.html")).not.toBe(byUrl.get("/timeline.html"));
    const traditional = new Map((await precacheManifest(out, WORKERS[1])).entries.map((e) => [e.url, e.revision]));
    expect(traditional.get("/zh-Hant/_next/static/chunks/app-3c4d.js")).toBeNull();
  });
});
