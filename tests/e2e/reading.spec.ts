// Reading pages (kind "reading" in scripts/routes.json) are whole without JavaScript:
// every one shows the same visible text with JavaScript on and off, runs no script,
// and keeps its heading. Every reading page on the phone project (npm start's server);
// against nginx, which serves the same files, one page per listed route.
import { expect, test } from "./helpers/fixtures";
import { allPages, checkedRoutes, TRADITIONAL_BASE } from "./helpers/routes";

const readingPages = allPages().filter((r) => r.kind === "reading");
const onePerRoute = new Set(checkedRoutes().filter((r) => r.kind === "reading" && r.built).map((r) => r.path));
// The Traditional site (/zh-Hant) is the same pages converted: one page per listed route
// in the browser; security.spec checks every one of them over raw HTTP.
const oneTraditionalPerRoute = new Set(checkedRoutes(TRADITIONAL_BASE).filter((r) => r.kind === "reading" && r.built).map((r) => r.path));

test("there are reading pages to check", () => {
  expect(readingPages.length).toBeGreaterThanOrEqual(40);
});

for (const route of readingPages) {
  test(`${route.path}: the same visible text with JavaScript on and off`, async ({ browser, page }, testInfo) => {
    test.skip(testInfo.project.name === "desktop", "per-page checks run on the phone project");
    test.skip(testInfo.project.name === "nginx" && !onePerRoute.has(route.path), "nginx: one page per listed route");
    test.skip(route.path.startsWith(`${TRADITIONAL_BASE}/`) && !oneTraditionalPerRoute.has(route.path), "Traditional: one page per listed route");
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
