// Reading pages (kind "reading" in scripts/routes.json) are whole without JavaScript:
// each shows the same visible text with JavaScript on and off and keeps its heading.
// One page per listed route, on each site (Simplified and /zh-Hant), on the phone
// project and against nginx: every page of a route is the same template, and the only
// scripts any reading page runs are our own two small files, the same on every page
// (security.spec checks every page in out/ over raw HTTP for exactly those scripts).
import { expect, test } from "./helpers/fixtures";
import { allPages, checkedRoutes, TRADITIONAL_BASE } from "./helpers/routes";

const readingPages = allPages().filter((r) => r.kind === "reading");
const onePerRoute = new Set(["", TRADITIONAL_BASE].flatMap((base) => checkedRoutes(base).filter((r) => r.kind === "reading" && r.built).map((r) => r.path)));

test("there are reading pages to check", () => {
  expect(readingPages.length).toBeGreaterThanOrEqual(40);
});

for (const route of readingPages) {
  test(`${route.path}: the same visible text with JavaScript on and off`, async ({ browser, page }, testInfo) => {
    test.skip(testInfo.project.name === "desktop", "per-page checks run on the phone project");
    test.skip(!onePerRoute.has(route.path), "one page per listed route on each site");
    await page.goto(route.path);
    await expect(page.locator("h1").first()).toBeVisible();
    const withJs = await page.locator("body").innerText();

    const { viewport, isMobile, hasTouch, userAgent, deviceScaleFactor, locale, timezoneId, baseURL } = testInfo.project.use;
    const noJs = await browser.newContext({ viewport, isMobile, hasTouch, userAgent, deviceScaleFactor, locale, timezoneId, baseURL, javaScriptEnabled: false });
    try {
      const plain = await noJs.newPage();
      const res = await plain.goto(route.path);
      expect(res?.status()).toBe(200);
      const withoutJs = await plain.locator("body").innerText();
      expect(withoutJs, "visible text without JavaScript").toBe(withJs);
      expect(withoutJs.length, "the page has its text").toBeGreaterThan(200);
    } finally {
      await noJs.close();
    }
  });
}
