// The pages work without JavaScript (server-rendered questions), and unknown paths
// get a real 404 in Chinese with a way back.
import { expect, test } from "./helpers/fixtures";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the questions on / are visible", async ({ page }) => {
    const res = await page.goto("/");
    expect(res?.status()).toBe(200);
    await expect(page.getByRole("radio", { name: "借呗" })).toBeVisible();
    await expect(page.getByRole("radio", { name: "花呗" })).toBeVisible();
    await expect(page.getByLabel("逾期天数")).toBeVisible();
    await expect(page.getByLabel("应还款日")).toBeVisible();
    await expect(page.getByLabel("逾期金额")).toBeVisible();
    for (const option of ["一直按时还款", "偶尔晚还", "多次逾期"]) {
      await expect(page.getByRole("radio", { name: option })).toBeVisible();
    }
    for (const option of ["正在协商或已约定还款计划", "接电话但还没有方案", "没有接听或回复", "平台联系不上我"]) {
      await expect(page.getByRole("radio", { name: option })).toBeVisible();
    }
    await expect(page.getByRole("button", { name: "查看我的时间线" })).toBeVisible();
  });

  test("an unknown path is a Chinese 404 page with a link home", async ({ page }) => {
    const res = await page.goto("/e2e-no-such-page/deeper");
    expect(res?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", /^zh/);
    await expect(page.locator("main, body").first()).toContainText(/[\u4e00-\u9fff]/);
    await expect(page.locator('a[href="/"]').first()).toBeVisible();
  });
});

test.describe("with JavaScript", () => {
  test.use({ allowConsoleErrors: [/404/] });

  test("the 404 page links back to / and the link works", async ({ page }) => {
    const res = await page.goto("/e2e-no-such-page");
    expect(res?.status()).toBe(404);
    await page.locator('a[href="/"]').first().click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("button", { name: "查看我的时间线" })).toBeVisible();
  });
});
