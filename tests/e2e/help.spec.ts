// Care for the worst moment (issue 22) and the right numbers to dial (issue 27), at 360 px:
// the person in despair finds a way to human help from any page and from the search; the
// person arriving from a search engine finds her question in her own words; every tel:
// link dials a number, never a website's digits; Traditional pages say which numbers are
// mainland numbers.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./helpers/fixtures";
import { allPages, TIMELINE_FRAGMENT } from "./helpers/routes";

async function axe(page: Page, state: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), `axe (${state})`).toEqual([]);
}

test("every page of both sites carries the help line with 12356 as a tel: link, and never dials 12321 bare", async ({ request }) => {
  const pages = allPages().filter((p) => p.path !== "/404" && p.path !== "/zh-Hant/404");
  expect(pages.length).toBeGreaterThan(100);
  for (const { path } of pages) {
    const html = await (await request.get(path)).text();
    expect(html, path).toMatch(/data-help-line[^>]*>[\s\S]*?href="tel:12356"/);
    expect(html, path).not.toContain('href="tel:12321"');
    if (path.startsWith("/zh-Hant")) {
      expect(html, path).toContain('href="tel:18111"');
      expect(html, path).toContain('href="tel:1925"');
    }
  }
});

test("the help line is seen on a reading page at 360 px, in both scripts, and leads to /help", async ({ page }) => {
  await page.goto("/questions/sued");
  const line = page.locator("[data-help-line]");
  await line.scrollIntoViewIfNeeded();
  await expect(line).toBeVisible();
  await expect(line.locator('a[href="tel:12356"]')).toBeVisible();
  await expect(line.locator('a[href="tel:110"]')).toBeVisible();
  await expect(line).not.toContainText("香港");
  await line.getByRole("link", { name: "更多求助电话" }).click();
  await expect(page).toHaveURL(/\/help$/);

  await page.goto("/zh-Hant/questions/sued");
  const hant = page.locator("[data-help-line]");
  await expect(hant).toContainText("中國內地打12356");
  await expect(hant).toContainText("香港打18111");
  await expect(hant).toContainText("臺灣打1925");
  await expect(hant.locator('a[href="tel:1925"]')).toBeVisible();
});

test("the person in despair: a distress search shows the help lines first, never 「没有找到」, and /help has every line", async ({ page }) => {
  await page.goto("/questions");
  const box = page.getByLabel("搜索问题");
  for (const words of ["不想活了", "活不下去了", "真的撑不下去", "我快崩溃了", "压力太大了怎么办"]) {
    await box.fill(words);
    const first = page.locator("[data-help-result], [data-question]").first();
    await expect(first).toHaveAttribute("data-help-result");
    await expect(first.locator('a[href="tel:12356"]')).toBeVisible();
    await expect(page.getByText("没有找到相关的问题")).toHaveCount(0);
  }
  await axe(page, "/questions with the help card");
  await page.getByRole("link", { name: /^求助电话/ }).click();
  await expect(page).toHaveURL(/\/help$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("求助电话：");
  for (const number of ["12356", "110", "120", "12348", "12378", "95188"]) {
    await expect(page.locator(`[data-help="${number}"] a[href="tel:${number}"]`)).toBeVisible();
  }
  // Each line cites its source and says how far to trust it.
  for (const item of await page.locator("[data-help]").all()) {
    await expect(item.locator("[data-source-id]").first()).toBeVisible();
    await expect(item).toContainText("可信程度：");
  }
  await axe(page, "/help");
});

test("/help in Traditional labels mainland numbers as mainland numbers and adds Hong Kong's and Taiwan's lines", async ({ page }) => {
  await page.goto("/zh-Hant/help");
  for (const number of ["12356", "110", "12348", "12378", "95188"]) {
    await expect(page.locator(`[data-help="${number}"]`)).toContainText("（中國內地）");
  }
  await expect(page.locator('[data-help="18111"]')).toContainText("（香港）");
  await expect(page.locator('[data-help="1925"]')).toContainText("（臺灣）");
  await axe(page, "/zh-Hant/help");
});

test("/help needs no script: the same list with JavaScript off", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto("/help");
  await expect(page.locator('[data-help="12356"] a[href="tel:12356"]')).toBeVisible();
  await context.close();
});

test("the person arriving from search finds her question in her own words", async ({ page }) => {
  await page.goto("/questions");
  const box = page.getByLabel("搜索问题");
  await box.fill("借呗逾期12天会打电话给家人吗");
  await expect(page.locator("[data-question]").first()).toHaveAttribute("data-question", "when-emergency-contact-called");
  await box.fill("爸妈");
  await expect(page.locator("[data-question]").first()).toBeVisible();
  await box.fill("借被逾期会坐牢吗");
  await expect(page.locator("[data-question]").first()).toHaveAttribute("data-question", "sued");
  await page.locator("[data-question]").first().getByRole("link").click();
  await expect(page).toHaveURL(/\/questions\/sued$/);
});

test("the timeline says who the emergency contact usually is, and beside the 起诉 stage what stays true, cited", async ({ page }) => {
  await page.goto(`/timeline#${TIMELINE_FRAGMENT}`);
  await expect(page.locator('[data-event="emergency-contact-called"]')).toContainText("通常是家人或朋友");
  const block = page.locator('[data-reassurance="legal"]');
  await block.scrollIntoViewIfNeeded();
  await expect(block).toContainText("不是坐牢");
  await expect(block).toContainText("12348");
  // Its numbers can be dialled from where they are read (the islands left /timeline room for the links).
  await expect(block.locator('a[href="tel:12348"]')).toBeVisible();
  await expect(block.locator('a[href="tel:95188"]')).toBeVisible();
  await expect(page.locator('[data-help-line] a[href="tel:12356"]')).toBeVisible();
  await expect(block).toContainText("有能力执行却拒不执行");
  await expect(block.locator('[data-source-id="law-criminal-code"]')).toBeVisible();
  await expect(block.locator('[data-source-id="law-civil-code-contracts"]')).toBeVisible();
});

test("tel: links dial numbers, never a website's digits (issue 27)", async ({ page }) => {
  await page.goto("/emergency-contact/rules");
  await expect(page.getByText("www.12321.cn")).toBeVisible();
  await expect(page.locator('a[href="tel:12321"]')).toHaveCount(0);
  await expect(page.locator('a[href="tel:01012321"]')).toHaveText("010-12321");
  await expect(page.locator('a[href="tel:12378"]').first()).toBeVisible();
});
