// Reading pages (kind "reading" in build/site/routes.json) are whole without JavaScript:
// each shows the same visible text with JavaScript on and off and keeps its heading.
// One page per listed route, on each site (Simplified and /zh-Hant), against nginx with
// the shipped config (the nginx project): every page of a route is the same template,
// and the only scripts any reading page runs are our own two small files, the same on
// every page (security.spec checks every page in out/ over raw HTTP for exactly those).
// One test per site, one page with JavaScript and one without, reused page after page.
import { expect, test } from "./helpers/fixtures";
import { allPages, checkedRoutes, TRADITIONAL_BASE } from "./helpers/routes";

const readingPages = allPages().filter((r) => r.kind === "reading");

test("there are reading pages to check", () => {
  expect(readingPages.length).toBeGreaterThanOrEqual(40);
});

for (const [site, base] of [["Simplified", ""], ["Traditional", TRADITIONAL_BASE]] as const) {
  const paths = checkedRoutes(base).filter((r) => r.kind === "reading" && r.built).map((r) => r.path);

  test(`${site}: each reading route shows the same visible text with JavaScript on and off`, async ({ browser, page }, testInfo) => {
    test.setTimeout(30_000 + paths.length * 10_000);
    expect(paths.length, "reading routes on this site").toBeGreaterThanOrEqual(7);
    const { viewport, isMobile, hasTouch, userAgent, deviceScaleFactor, locale, timezoneId, baseURL } = testInfo.project.use;
    const noJs = await browser.newContext({ viewport, isMobile, hasTouch, userAgent, deviceScaleFactor, locale, timezoneId, baseURL, javaScriptEnabled: false });
    try {
      const plain = await noJs.newPage();
      for (const path of paths) {
        await page.goto(path);
        await expect(page.locator("h1").first(), path).toBeVisible();
        const withJs = await page.locator("body").innerText();
        const res = await plain.goto(path);
        expect(res?.status(), path).toBe(200);
        const withoutJs = await plain.locator("body").innerText();
        expect(withoutJs, `${path}: visible text without JavaScript`).toBe(withJs);
        expect(withoutJs.length, `${path}: the page has its text`).toBeGreaterThan(200);
      }
    } finally {
      await noJs.close();
    }
  });
}
