// The action toolkit at /plan, at phone size: cost of waiting, letters to copy and
// download, the plan as text and as a calendar file. Fixed clock, so dates are exact.
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./helpers/fixtures";
import { events as eventsOf, framingProblems, readCalendar, valueOf } from "../support/read-ics";

const FRAGMENT = "product=jiebei&days=20&amount=20000&history=occasional&contact=silent";
const NOW = new Date("2026-11-22T10:00:00+08:00");

test.use({ viewport: { width: 360, height: 740 } });

async function open(page: Page, fragment = FRAGMENT) {
  await page.clock.setFixedTime(NOW);
  await page.goto(`/plan#${fragment}`);
  // The scripts and the plan load just after the page (their code is split off); on a
  // busy machine that can take longer than one assertion's wait.
  if (fragment === FRAGMENT) {
    await expect(page.getByTestId("letter-preview")).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId("plan-sheet")).toBeVisible({ timeout: 20_000 });
  }
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("a borrower 20 days late sees what waiting costs, at an example rate that says it is one", async ({ page }) => {
  await open(page);
  const table = page.getByRole("table");
  await expect(table).toContainText("按示例费率");
  const rows = table.getByRole("row");
  await expect(rows.nth(1)).toContainText("今天");
  await expect(rows.nth(1)).toContainText("¥200.00");
  await expect(rows.nth(2)).toContainText("2026年11月29日逾期27天");
  await expect(rows.nth(2)).toContainText("¥270.00");
  await expect(rows.nth(4)).toContainText("2027年2月20日逾期110天");
  await expect(rows.nth(4)).toContainText("¥21,100.00");
  await expectNoAxeViolations(page);
});

test("entering the annual rate from the contract recomputes the cost and shows the working", async ({ page }) => {
  await open(page);
  await page.getByRole("radio", { name: "年费率（每年）" }).check();
  await page.getByLabel("年费率（%）").fill("36.5");
  await expect(page.getByRole("table")).toContainText("按您填写的费率");
  await expect(page.getByRole("table").getByRole("row").nth(1)).toContainText("¥400.00");
  const working = page.locator("details", { hasText: "看看是怎么算的" });
  await working.getByText("看看是怎么算的").click();
  await expect(working.getByText("年费率 36.5% ÷ 365天 = 每天 0.1%", { exact: true })).toBeVisible();
  await expect(working.getByText("今天：¥20,000.00 × 0.1% × 20天 = ¥400.00（单利，四舍五入到分）")).toBeVisible();
  await page.getByLabel("年费率（%）").fill("abc");
  await expect(page.getByText("年费率请照账单填写")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a rate typed here goes into the link: a reload and the timeline use it too", async ({ page }) => {
  await open(page);
  await page.getByRole("radio", { name: "年费率（每年）" }).check();
  await page.getByLabel("年费率（%）").fill("36.5");
  // 36.5% a year ÷ 365 = 0.1% a day: the link carries the daily figure.
  await expect(page).toHaveURL(new RegExp(`#${FRAGMENT}&rate=0\\.1$`));
  await page.reload();
  await expect(page.getByLabel("日费率（%）")).toHaveValue("0.1");
  await expect(page.getByLabel("日费率（%）")).toHaveAttribute("placeholder", "例如 0.05");
  await expect(page.getByText("现在用的是您填写的费率。")).toBeVisible();
  await expect(page.getByRole("table").getByRole("row").nth(1)).toContainText("¥400.00");
  await page.getByRole("link", { name: "回到时间线" }).click();
  await expect(page).toHaveURL(new RegExp(`/timeline#${FRAGMENT}&rate=0\\.1$`));
  await expect(page.locator('[data-consequence="penalty-interest"]')).toContainText("¥400.00");
  await expect(page.getByText("您填写的费率")).toBeVisible();
});

test("neither the example rate nor an unreadable one goes into the link", async ({ page }) => {
  await open(page);
  await expect(page.getByRole("table")).toContainText("按示例费率");
  // The example is the empty box's placeholder, not a value that looks like the person's own rate.
  await expect(page.getByLabel("日费率（%）")).toHaveValue("");
  await expect(page.getByLabel("日费率（%）")).toHaveAttribute("placeholder", "例如 0.05");
  await page.getByLabel("日费率（%）").fill("abc");
  // Announced where it appears: a polite live region beside the box.
  await expect(page.locator("#rate-percent-error")).toHaveAttribute("aria-live", "polite");
  await expect(page.locator("#rate-percent-error")).toContainText("日费率请照账单填写");
  expect(new URL(page.url()).hash).toBe(`#${FRAGMENT}`);
});

test("the call script prompts for what is missing, then copies exactly what the preview shows", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await open(page);
  const missing = page.getByTestId("letter-missing");
  await expect(missing).toContainText("请填写您的姓名");
  await expect(missing).toContainText("请用一句话写下逾期的原因");
  // The whole script shows at once, with visible blanks, filled in as the person types.
  const draft = page.getByTestId("letter-preview");
  await expect(draft).toContainText("我是借呗的用户【您的姓名】，绑定手机尾号【账户绑定手机号的后4位】");

  await page.getByLabel("您的姓名").fill("王芳");
  await expect(draft).toContainText("我是借呗的用户王芳，绑定手机尾号【账户绑定手机号的后4位】");
  await page.getByLabel("账户绑定手机号的后4位").fill("1234");
  await page.getByLabel("逾期的原因（一句话）").fill("这个月工资推迟发放");
  await page.locator("#tk-proposedDate").fill("2026-11-29");
  await page.locator("#tk-proposedAmount").fill("2000");
  const preview = page.getByTestId("letter-preview");
  await expect(preview).toContainText("逾期20天，欠款大约¥20,000.00");
  await expect(preview).toContainText("我能在2026年11月29日前先还¥2,000.00");

  await page.getByRole("button", { name: "复制全文" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已复制" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain("我是借呗的用户王芳，绑定手机尾号1234");
  expect(copied).not.toMatch(/\{\{|\}\}|undefined/);
  expect(copied.trim()).toBe((await preview.innerText()).trim());
  await expectNoAxeViolations(page);
});

test("the stop-contact request cites the personal-information law and downloads as text", async ({ page }) => {
  await open(page);
  await page.getByRole("radio", { name: /停止联系他人/ }).check();
  await page.getByLabel("您的姓名").fill("王芳");
  await page.getByLabel("账户绑定手机号的后4位").fill("1234");
  await page.getByLabel("联系人的称呼").fill("我的同事李先生");
  await page.getByLabel("联系人的手机号").fill("13800000000");
  await expect(page.getByTestId("letter-preview")).toContainText("第四十七条");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载为文本文件" }).click()]);
  expect(download.suggestedFilename()).toBe("停止联系他人的请求.txt");
  const text = readFileSync((await download.path())!, "utf8");
  for (const article of ["第四十四条", "第四十七条", "第五十条"]) expect(text).toContain(article);
  expect(text).toContain("致：重庆蚂蚁消费金融有限公司（借呗）");
  // It names the number plainly and claims no consent the person never said they had.
  expect(text).toContain("删除我填写的联系人号码13800000000（我的同事李先生）");
  expect(text).not.toMatch(/同意由我提出/);
  expect(text).not.toMatch(/\{\{|\}\}/);
  await expectNoAxeViolations(page);
});

test("the plan downloads as text and as a calendar file with the right dates and reminders", async ({ page }) => {
  await open(page);
  await page.locator("#plan-proposedDate").fill("2026-11-29");
  await page.locator("#plan-proposedAmount").fill("2000");
  await page.locator("#plan-followUpDate").fill("2026-12-02");
  const sheet = page.getByTestId("plan-sheet");
  await expect(sheet.locator('[data-step="promised-repayment"]')).toContainText("2026年11月29日还款 ¥2,000.00");

  const [planFile] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载计划（文本）" }).click()]);
  expect(planFile.suggestedFilename()).toBe("我的行动计划-2026-11-22.txt");
  const text = readFileSync((await planFile.path())!, "utf8");
  expect(text).toContain("借呗，欠款 ¥20,000.00，应还款日 2026年11月2日，到今天逾期 20 天。");
  expect(text).toContain("□ 2026年11月29日　还款 ¥2,000.00");
  expect(text).toContain("□ 2026年12月2日　回访客服");
  expect(text).toContain("2. 金融消费者投诉热线：12378");

  const [icsFile] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载日历提醒（.ics）" }).click()]);
  expect(icsFile.suggestedFilename()).toBe("还款提醒-2026-11-22.ics");
  const ics = readFileSync((await icsFile.path())!, "utf8");
  expect(framingProblems(ics)).toEqual([]);
  const events = eventsOf(readCalendar(ics));
  const byStart = new Map(events.map((e) => [valueOf(e, "dtstart"), e]));
  const pay = byStart.get("2026-11-29");
  const call = byStart.get("2026-12-02");
  expect(pay?.getFirstProperty("dtstart")?.type).toBe("date");
  expect(pay && valueOf(pay, "summary")).toBe("还款 ¥2,000.00");
  expect(call && valueOf(call, "summary")).toContain("回访客服");
  // The timeline's next event is in the calendar too, on the date the assessment gives it.
  const next = events.find((e) => valueOf(e, "summary")?.includes("最早可能从这天开始"));
  expect(next && valueOf(next, "dtstart")).toMatch(/^2026-(11|12)-\d\d$/);
  for (const e of events) expect(e.getAllSubcomponents("valarm")).toHaveLength(2);
  // Jumping within the page must not touch the fragment that holds the answers.
  await page.getByRole("button", { name: "防骗提醒" }).click();
  expect(new URL(page.url()).hash).toBe(`#${FRAGMENT}`);
  await expectNoAxeViolations(page);
});

test("printing shows the one-page plan and hides the tools", async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => document.body.setAttribute("data-printed", "yes");
  });
  await open(page);
  await page.getByRole("button", { name: "打印或存为 PDF" }).click();
  await expect(page.locator("body")).toHaveAttribute("data-printed", "yes");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("plan-sheet")).toBeVisible();
  await expect(page.getByRole("heading", { name: "我的行动计划" })).toBeVisible();
  await expect(page.locator("#say")).toBeHidden();
  await expect(page.locator("#cost")).toBeHidden();
});

test("without answers the page says so and links to the check; the scam warning is still there", async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await page.goto("/plan");
  await expect(page.getByText("这里还没有您的回答")).toBeVisible();
  await expect(page.getByRole("link", { name: "开始自查" })).toHaveAttribute("href", "/");
  await expect(page.getByRole("heading", { name: /防骗提醒/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a broken link says what is wrong and links to the check", async ({ page }) => {
  await open(page, "product=jiebei&days=-3&history=occasional");
  await expect(page.getByText("链接里的回答不完整")).toBeVisible();
  await expect(page.getByRole("link", { name: "重新回答问题" })).toHaveAttribute("href", "/");
  await expectNoAxeViolations(page);
});

test.describe("when the engine's content does not arrive", () => {
  // The aborted request is the point of the test; the browser logs it (without the URL) as an error.
  test.use({ allowConsoleErrors: [/^Failed to load resource: net::ERR_FAILED$/] });

  test("the page says so and loads it again on request", async ({ page }) => {
    let available = false;
    await page.route("**/content.json", (route) => (available ? route.continue() : route.abort()));
    await page.clock.setFixedTime(NOW);
    await page.goto(`/plan#${FRAGMENT}`);
    const alert = page.getByRole("alert").filter({ hasText: "计算所需的资料没能下载下来" });
    await expect(alert).toBeVisible();
    await expectNoAxeViolations(page);
    available = true;
    await alert.getByRole("button", { name: "重新加载" }).click();
    await expect(page.getByRole("table")).toContainText("按示例费率");
    await expect(page.getByRole("link", { name: "回到时间线" })).toHaveAttribute("href", `/timeline#${FRAGMENT}`);
  });
});

test("issue 27: no words that judge, on the plan and on 「现在应该先做什么」; the advice says what helps", async ({ page }) => {
  const blaming = /不要躲|别躲|逃避|别让逾期发生|不要逾期/;
  await open(page);
  expect(await page.locator("main").innerText()).not.toMatch(blaming);
  // The timeline the plan links back to gives the same advice, calmly.
  await page.goto(`/timeline#${FRAGMENT}`);
  await expect(page.getByText("您可以先开口说明情况").first()).toBeVisible({ timeout: 20_000 });
  expect(await page.locator("main").innerText()).not.toMatch(blaming);
  await page.goto("/questions/what-to-do-now");
  await expect(page.getByText("借之前先算清还款能力").first()).toBeVisible();
  await expect(page.getByText("您可以先开口说明情况").first()).toBeVisible();
  expect(await page.locator("main").innerText()).not.toMatch(blaming);
});
