// The borrower check, as a user goes through it: fill the form by its labels, reach the
// timeline, open a shared link, recover from a tampered one, do it all by keyboard.
// On the phone; the tests tagged @desktop run at desktop size too (playwright.config.ts).
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect } from "./helpers/fixtures";

// The clock is fixed so every date on screen is predictable.
const NOW = new Date("2026-11-22T10:00:00+08:00");

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
});

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} node(s) ${v.help}`)).toEqual([]);
}

test("a borrower 20 days late who stopped answering fills the form and lands in the emergency-contact stage", { tag: "@desktop" }, async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("借呗").check();
  await page.getByLabel("逾期天数").fill("20");
  await expect(page.getByLabel("应还款日")).toHaveValue("2026-11-02");
  await page.getByLabel("逾期金额").fill("2万");
  await page.getByLabel("偶尔晚还").check();
  await page.getByLabel("没有接听或回复").check();
  await page.getByRole("button", { name: "查看我的时间线" }).click();

  // The link carries the due date worked out from the days, so it stays true as days pass.
  await expect(page).toHaveURL(/\/timeline#product=jiebei&due=2026-11-02&amount=20000&history=occasional&contact=silent$/);
  await expect(page.getByRole("heading", { name: "您的时间线", level: 1 })).toBeFocused();
  const here = page.locator('[aria-current="step"]');
  await expect(here).toHaveCount(1);
  await expect(here).toHaveAttribute("data-stage", "contacts");
  await expect(here).toContainText("您在这里 · 逾期第20天");
  // Real calendar dates, from the due date the user implied.
  await expect(page.getByText("应还款日2026年11月2日")).toBeVisible();
  // Its window opened on day 7 and is open now, so it shows under the current stage, not a folded past one.
  const contactEvent = here.locator('[data-event="emergency-contact-called"]');
  await expect(contactEvent).toBeVisible();
  await expect(contactEvent).toContainText("来源说法不一：7–90天");
});

test("choosing the due date fills in the days, and the link keeps the date", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("花呗").check();
  await page.getByLabel("应还款日").fill("2026-10-01");
  await expect(page.getByLabel("逾期天数")).toHaveValue("52");
  await page.getByLabel("逾期金额").fill("３０００");
  await page.getByLabel("一直按时还款").check();
  await page.getByLabel("正在协商或已约定还款计划").check();
  await page.getByRole("button", { name: "查看我的时间线" }).click();
  await expect(page).toHaveURL(/#product=huabei&due=2026-10-01&amount=3000&history=ontime&contact=negotiating$/);
  await expect(page.locator('[aria-current="step"]')).toHaveAttribute("data-stage", "escalation");
});

test("issue 27: numbers in words are read (二十天, 一万八), and words that are not a number say so", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("借呗").check();
  await page.getByLabel("逾期天数").fill("二十天");
  await expect(page.getByLabel("应还款日")).toHaveValue("2026-11-02");
  await page.getByLabel("逾期金额").fill("好多");
  await page.getByLabel("偶尔晚还").check();
  await page.getByLabel("没有接听或回复").check();
  await page.getByRole("button", { name: "查看我的时间线" }).click();
  await expect(page.locator("#amount-error")).toContainText("逾期金额没能读懂，请写成数字，例如 20000、2万 或「两万」");
  await page.getByLabel("逾期金额").fill("一万八");
  await page.getByRole("button", { name: "查看我的时间线" }).click();
  await expect(page).toHaveURL(/\/timeline#product=jiebei&due=2026-11-02&amount=18000&history=occasional&contact=silent$/);
  await expect(page.locator('[aria-current="step"]')).toContainText("逾期第20天");
});

test("missing and impossible answers get plain Chinese errors beside the fields and in a summary", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("逾期天数").fill("-3");
  await page.getByLabel("逾期金额").fill("abc");
  await page.getByRole("button", { name: "查看我的时间线" }).click();

  const summary = page.getByRole("region", { name: /还差一点/ });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("请选择产品");
  await expect(page.locator("#days-error")).toHaveText(/逾期天数不能是负数/);
  await expect(page.locator("#amount-error")).toHaveText(/逾期金额没能读懂，请写成数字/);
  await expect(page.getByLabel("逾期金额")).toHaveAttribute("aria-invalid", "true");
  // What the user typed is kept.
  await expect(page.getByLabel("逾期金额")).toHaveValue("abc");
  await expect(page).toHaveURL(/\/$/);
});

test("a shared link opens the same timeline directly", async ({ page }) => {
  await page.goto("/timeline#product=huabei&days=3&amount=800&history=ontime&contact=answering");
  await expect(page.locator('[aria-current="step"]')).toHaveAttribute("data-stage", "reminders");
  await expect(page.locator('[aria-current="step"]')).toContainText("逾期第3天");
  await expect(page.getByRole("region", { name: "您的回答" })).toContainText("¥800.00");
});

test("a tampered link says which part is wrong and offers the form with what was valid", { tag: "@desktop" }, async ({ page }) => {
  await page.goto("/timeline#product=jiebei&days=abc&amount=5000&history=<script>alert(1)</script>&contact=silent&evil=1");
  const problems = page.getByRole("alert").filter({ hasText: "这个链接有些地方不对" });
  await expect(problems).toBeVisible();
  await expect(problems).toContainText("「逾期天数」");
  await expect(problems).toContainText("「还款记录」");
  await expect(problems).toContainText("「evil」");
  // The markup in the link stays text: no element was created from it.
  expect(await page.locator("script:text('alert(1)')").count()).toBe(0);
  // Valid parts prefilled, invalid ones left for the user.
  await expect(page.getByLabel("借呗")).toBeChecked();
  await expect(page.getByLabel("逾期金额")).toHaveValue("5000");
  await expect(page.getByLabel("没有接听或回复")).toBeChecked();
  await expect(page.getByLabel("逾期天数")).toHaveValue("");

  await page.getByLabel("逾期天数").fill("9");
  await page.getByLabel("多次逾期").check();
  await page.getByRole("button", { name: "查看我的时间线" }).click();
  await expect(page.locator('[aria-current="step"]')).toHaveAttribute("data-stage", "calls");
});

test("a due date in the future is refused with a reason, not a crash", async ({ page }) => {
  await page.goto("/timeline#product=jiebei&due=2027-01-01&amount=100&history=ontime&contact=answering");
  await expect(page.getByRole("alert").filter({ hasText: "这个链接有些地方不对" })).toContainText("应还款日不能晚于今天");
});

test("the whole check can be completed with the keyboard alone", { tag: "@desktop" }, async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("借呗").focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("逾期天数")).toBeFocused();
  await page.keyboard.type("16");
  // The date picker has a tab stop per part (year, month, day) in Chromium.
  const amount = page.getByLabel("逾期金额");
  for (let i = 0; i < 6 && !(await amount.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(amount).toBeFocused();
  await page.keyboard.type("12000");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("一直按时还款")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("偶尔晚还")).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("正在协商或已约定还款计划")).toBeFocused();
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab"); // the optional details
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "查看我的时间线" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator('[aria-current="step"]')).toHaveAttribute("data-stage", "contacts");
});

test("the why of an event lists the answers that moved it and where each figure comes from", async ({ page }) => {
  await page.goto("/timeline#product=jiebei&days=10&amount=30000&history=repeated&contact=unreachable");
  const event = page.locator('[data-event="emergency-contact-called"]');
  await event.getByText("为什么这样估计？").click();
  await expect(event).toContainText("您以前多次逾期");
  await expect(event).toContainText("平台联系不上您");
  await expect(event).toContainText("规则怎么说");
  const sourceLinks = event.locator("a[data-source-id]");
  expect(await sourceLinks.count()).toBeGreaterThan(3);
});

test("the check and the timeline have no axe violations", { tag: "@desktop" }, async ({ page }) => {
  await page.goto("/");
  await expectNoAxeViolations(page);
  await page.goto("/timeline#product=jiebei&days=20&amount=20000&history=occasional&contact=silent");
  await expect(page.locator('[aria-current="step"]')).toBeVisible();
  await expect(page.locator("[data-whole]")).toBeAttached();
  // An opened 「为什么这样估计？」 panel too (its body is built when it opens).
  const summary = page.locator('[aria-current="step"] summary', { hasText: "为什么这样估计？" }).first();
  await summary.click();
  await expect(summary.locator("xpath=..")).toContainText("各来源怎么说");
  await expectNoAxeViolations(page);
});

test("the home page sends its questions in the HTML, before any JavaScript runs", async ({ request }) => {
  const html = await (await request.get("/")).text();
  for (const label of ["产品", "逾期天数", "应还款日", "逾期金额", "还款记录", "沟通情况", "我是紧急联系人，为什么接到电话？"]) {
    expect(html).toContain(label);
  }
});

test("the skip link moves to the content without wiping the answers from the address", async ({ page }) => {
  const link = "/timeline#product=huabei&days=5&amount=1200&history=ontime&contact=answering";
  await page.goto(link);
  await expect(page.locator('[aria-current="step"]')).toBeVisible();
  // Arriving, focus is on the page heading; the skip link is the first stop before it.
  await expect(page.getByRole("heading", { name: "您的时间线", level: 1 })).toBeFocused();
  await page.getByRole("link", { name: "跳到正文" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("#main")).toBeFocused();
  expect(new URL(page.url()).hash).toBe(new URL(link, "http://x").hash);
  await expect(page.locator('[aria-current="step"]')).toHaveAttribute("data-stage", "calls");
});

test("the timeline hands the same answers to the action plan", async ({ page }) => {
  await page.goto("/timeline#product=jiebei&days=20&amount=20000&history=occasional&contact=silent");
  const toPlan = page.getByRole("link", { name: "把这些变成行动：费用、话术和计划" });
  await expect(toPlan).toHaveAttribute("href", "/plan#product=jiebei&due=2026-11-02&amount=20000&history=occasional&contact=silent");
  // The same, near the top, beside 复制 and 打印.
  await expect(page.getByRole("link", { name: "费用、话术和行动计划" })).toHaveAttribute("href", "/plan#product=jiebei&due=2026-11-02&amount=20000&history=occasional&contact=silent");
});

test("a rate from the user's own bill recomputes the estimate and stays in the link with the other answers", async ({ page }) => {
  await page.goto("/timeline#product=jiebei&days=20&amount=20000&history=occasional&contact=silent");
  await expect(page.getByText("示例费率")).toBeVisible();
  await page.getByLabel("您账单上的日费率（%）").fill("0.1");
  await page.getByRole("button", { name: "用这个费率重算" }).click();
  await expect(page).toHaveURL(/#product=jiebei&days=20&amount=20000&history=occasional&contact=silent&rate=0\.1$/);
  // ¥20,000 × 0.1% × 20 days, in fen.
  await expect(page.locator('[data-consequence="penalty-interest"]')).toContainText("¥400.00");
  await expect(page.getByText("您填写的费率")).toBeVisible();
});
