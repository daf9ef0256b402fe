// Security headers and the per-page meta CSP, page by page, on both servers
// (npm start's and nginx with the shipped config), plus real-browser checks (@browser):
// each interactive page hydrates with zero CSP violations, and each reading page runs
// no script but our own (the worker registration, and on Simplified pages the
// Traditional suggestion).
import { test as httpTest, type Page, type Request } from "@playwright/test";
import { expect, test } from "./helpers/fixtures";
import { REGISTRATION_PATH, SUGGESTION_PATH } from "../../build/site/own-scripts.cjs";
import { decoded, expectMetaCsp, expectOnlyOwnScripts, expectSecurityHeaders, ownScriptsFor, rawRequest, scriptsIn } from "./helpers/headers";
import { checkedRoutes, sitePages, skipUnbuilt, TRADITIONAL_BASE } from "./helpers/routes";

const UNKNOWN_PATH = "/e2e-no-such-page";

/** Gives late scripts (prefetches, effects) a moment to run, bounded. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle", { timeout: 3_000 }).catch(() => undefined);
}

async function expectHydrated(page: Page): Promise<void> {
  // Every island marks its element once it runs (islands/mount.ts); without its module it never does.
  await page.waitForFunction(
    () => {
      const islands = [...document.querySelectorAll("[data-island]")];
      return islands.length > 0 && islands.every((el) => el.hasAttribute("data-island-ready"));
    },
    undefined,
    { timeout: 10_000 },
  );
}

// Every page in out/, one test per site (cheap HTTP checks; desktop runs them against
// npm start's server, nginx against nginx, the phone skips the @headers tag). Playwright's
// own test, so no browser page is opened (the shared fixture watches a page for CSP
// violations, and there is none here).
for (const [site, base] of [["Simplified", ""], ["Traditional", TRADITIONAL_BASE]] as const) {
  const pages = sitePages(base);
  httpTest(`headers, ${site}: every page has the security headers, its own meta CSP, our scripts only where it reads, and is revalidated`, { tag: "@headers" }, async ({ baseURL }) => {
    expect(pages.length, `${site} pages in out/`).toBeGreaterThanOrEqual(55);
    for (const route of pages) {
      const res = await rawRequest(baseURL!, route.path, { "accept-encoding": "br, gzip" });
      expect(res.status, route.path).toBe(200);
      expectSecurityHeaders(res.headers, route.path);
      const html = decoded(res).toString("utf8");
      expectMetaCsp(html, route.path);
      const { scripts, srcs } = scriptsIn(html);
      // Simplified pages, and only they, carry the Traditional suggestion (one small same-origin script).
      expect(srcs.includes(SUGGESTION_PATH), `${route.path}: the Traditional suggestion on Simplified pages only`).toBe(base === "");
      if (route.kind === "reading") {
        expectOnlyOwnScripts(html, route.path);
        expect(expectMetaCsp(html, route.path).get("script-src"), `${route.path}: 'self' for our own scripts, no inline script`).toEqual(["'self'"]);
      } else {
        // Islands: same-origin modules only, no framework runtime, no inline script, no hash.
        expect(scripts, `${route.path}: an interactive page runs its island`).toBeGreaterThan(1);
        expect(srcs.filter((src) => src === REGISTRATION_PATH), `${route.path}: and registers the worker once`).toHaveLength(1);
        expect(expectMetaCsp(html, route.path).get("script-src"), `${route.path}: 'self', no inline script, no hash`).toEqual(["'self'"]);
        const island = srcs.filter((src) => src.startsWith(`${base}/_next/static/islands/`));
        expect(island.length, `${route.path}: one island module`).toBe(1);
        expect(srcs.filter((src) => src.includes("/_next/static/") && !island.includes(src)), `${route.path}: none of the framework's scripts`).toEqual([]);
        expect(html, `${route.path}: no framework page data`).not.toContain("self.__next_f");
      }
      // Same URL, new build: the browser must ask again (and may get a 304).
      expect(res.headers["cache-control"], `${route.path} Cache-Control`).toBe("no-cache");
      expect(res.headers["etag"] ?? res.headers["last-modified"], `${route.path} validator`).toBeTruthy();
    }
  });
}

// Real Chromium (phone against npm start's server, nginx against nginx): each listed
// route of both sites (a [param] route by its first page), in one page, one route after
// another; the fixture fails the test on any CSP violation, console error or uncaught
// exception on any of them.
const shown = ["", TRADITIONAL_BASE].flatMap((base) => checkedRoutes(base)).filter((r) => !skipUnbuilt(r));

test("reading pages run no script but our own, and report no CSP violation", { tag: "@browser" }, async ({ page, baseURL }) => {
  const reading = shown.filter((r) => r.kind === "reading");
  test.setTimeout(30_000 + reading.length * 5_000);
  expect(reading.length, "reading routes on both sites").toBeGreaterThanOrEqual(14);
  let scripts: string[] = [];
  page.on("request", (r: Request) => {
    if (r.resourceType() === "script") scripts.push(r.url());
  });
  for (const route of reading) {
    scripts = [];
    const res = await page.goto(route.path);
    expect(res?.status(), route.path).toBe(200);
    await settle(page);
    expect([...scripts].sort(), `${route.path}: script requests, our own same-origin scripts only`).toEqual(ownScriptsFor(route.path).map((src) => new URL(src, baseURL).href).sort());
    expect((await page.evaluate(() => [...document.scripts].filter((s) => s.type !== "application/ld+json").map((s) => (s.src ? new URL(s.src).pathname : "inline")))).sort(), `${route.path}: script elements (data blocks aside)`).toEqual([...ownScriptsFor(route.path)].sort());
  }
});

test("interactive pages start their islands with no CSP violation or console error", { tag: "@browser" }, async ({ page }) => {
  const interactive = shown.filter((r) => r.kind !== "reading");
  test.setTimeout(30_000 + interactive.length * 10_000);
  expect(interactive.length, "app and content routes on both sites").toBeGreaterThanOrEqual(12);
  for (const route of interactive) {
    const res = await page.goto(route.path);
    expect(res?.status(), route.path).toBe(200);
    await expectHydrated(page);
    await settle(page);
  }
});

test.describe("unknown path", () => {
  test.use({ allowConsoleErrors: [/404/] });

  test("404: status 404, the 404 page, the same headers, no script but the registration", { tag: "@headers" }, async ({ baseURL }) => {
    for (const path of [UNKNOWN_PATH, `${UNKNOWN_PATH}/deeper`, "/questions/no-such-question", "/_next/static/no-such-file.js"]) {
      const res = await rawRequest(baseURL!, path, { "accept-encoding": "br, gzip" });
      expect(res.status, path).toBe(404);
      expectSecurityHeaders(res.headers, path);
      const html = decoded(res).toString("utf8");
      expect(html, path).toContain("找不到这个页面");
      expectMetaCsp(html, path);
      expectOnlyOwnScripts(html, path);
    }
  });

  test("404 under /zh-Hant: status 404, the Traditional 404 page, the same headers, no script but the registration", { tag: "@headers" }, async ({ baseURL }) => {
    for (const path of ["/zh-Hant/no-such-page", "/zh-Hant/questions/no-such-question", "/zh-Hant/_next/static/no-such-file.js"]) {
      const res = await rawRequest(baseURL!, path, { "accept-encoding": "br, gzip" });
      expect(res.status, path).toBe(404);
      expectSecurityHeaders(res.headers, path);
      const html = decoded(res).toString("utf8");
      expect(html, path).toContain("找不到這個頁面");
      expect(html, path).toContain('<html lang="zh-Hant"');
      expectMetaCsp(html, path);
      expectOnlyOwnScripts(html, path);
    }
  });

  test("the 404 page shows with no CSP violation", { tag: "@browser" }, async ({ page }) => {
    const res = await page.goto(UNKNOWN_PATH);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "找不到这个页面" })).toBeVisible();
  });
});

test("build assets: security headers, nosniff, immutable for a year", { tag: "@headers" }, async ({ baseURL }) => {
  for (const page of ["/", "/zh-Hant"]) await expectImmutableAssets(baseURL!, page);
});

async function expectImmutableAssets(baseURL: string, page: string) {
  const html = decoded(await rawRequest(baseURL, page, { "accept-encoding": "identity" })).toString("utf8");
  const src = /<script\b[^>]*\bsrc="([^"]+)"/.exec(html)?.[1];
  const css = /<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/.exec(html)?.[1];
  for (const asset of [src, css]) {
    expect(asset).toBeTruthy();
    const res = await rawRequest(baseURL, asset!, { "accept-encoding": "br, gzip" });
    expect(res.status, asset).toBe(200);
    expectSecurityHeaders(res.headers, asset!);
    expect(res.headers["cache-control"], asset).toBe("public, max-age=31536000, immutable");
  }
}

test("unhashed files: security headers, revalidated on every use", { tag: "@headers" }, async ({ baseURL }) => {
  for (const [path, type] of [["/content.json", "application/json"], ["/robots.txt", "text/plain"], ["/sitemap.xml", "xml"], ["/icon.svg", "image/svg+xml"]] as const) {
    const res = await rawRequest(baseURL!, path, { "accept-encoding": "br, gzip" });
    expect(res.status, path).toBe(200);
    expectSecurityHeaders(res.headers, path);
    expect(String(res.headers["content-type"]), path).toContain(type);
    expect(res.headers["cache-control"], path).toBe("no-cache");
    expect(res.headers["etag"] ?? res.headers["last-modified"], `${path} validator`).toBeTruthy();
  }
});
