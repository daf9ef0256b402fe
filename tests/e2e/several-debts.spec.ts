// /several-debts at phone size (issue 22): the person with 借呗 ¥20,000 at 30 days,
// 花呗 ¥3,000 at 10 days and a bank credit card lists all three, sees the cost per day
// only where she gave a rate, what 刑法 第一百九十六条 requires for the card, a link to the
// full check with the 借呗 answers filled in, and a share link that restores the list.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./helpers/fixtures";

test.describe.configure({ timeout: 90_000 });

async function axe(page: Page, state: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), `axe (${state})`).toEqual([]);
}

type Row = { kind: string; amount: string; days: string; rate?: string; guarantor?: string };

async function fill(page: Page, n: number, row: Row) {
  const debt = page.locator(`fieldset[data-debt="${n}"]`);
  await debt.getByRole("radio", { name: row.kind, exact: true }).check();
  await debt.getByLabel("欠款金额").fill(row.amount);
  await debt.getByLabel("逾期天数").fill(row.days);
  if (row.rate) await debt.getByLabel("日费率（选填）").fill(row.rate);
  await debt.getByRole("group", { name: "有抵押吗？（比如房贷、车贷）" }).getByRole("radio", { name: "没有" }).check();
  await debt.getByRole("group", { name: "有担保人吗？" }).getByRole("radio", { name: row.guarantor ?? "没有" }).check();
}

test("three debts: cost per day where a rate is known, the card's law, the full check filled in, a link that restores the list", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseURL!).origin });
  // The check says it covers one debt and leads here.
  await page.goto("/");
  await expect(page.locator("[data-one-debt]")).toContainText("一笔");
  await page.locator("[data-one-debt]").getByRole("link").click();
  await expect(page).toHaveURL(/\/several-debts$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("欠了好几笔");
  await expect(page.getByRole("button", { name: "看每一笔的情况" })).toBeEnabled();
  await axe(page, "empty form");

  // Nothing filled in: each missing answer is named, in plain Chinese, and no result appears.
  await page.getByRole("button", { name: "看每一笔的情况" }).click();
  await expect(page.getByRole("region", { name: /请改正/ })).toContainText("第1笔：请选择这是哪一种借款");
  await expect(page.locator("#results")).toHaveCount(0);

  await fill(page, 1, { kind: "借呗", amount: "2万", days: "30", rate: "万分之五" });
  await page.getByRole("button", { name: "再加一笔" }).click();
  await fill(page, 2, { kind: "花呗", amount: "3000", days: "10" });
  await page.getByRole("button", { name: "再加一笔" }).click();
  // A negative amount is refused with a message that says what to fix.
  await fill(page, 3, { kind: "银行信用卡", amount: "-5000", days: "40", guarantor: "不确定" });
  await page.getByRole("button", { name: "看每一笔的情况" }).click();
  await expect(page.getByRole("region", { name: /请改正/ })).toContainText("第3笔：欠款金额要大于0");
  await page.locator('fieldset[data-debt="3"]').getByLabel("欠款金额").fill("5000");
  await page.getByRole("button", { name: "看每一笔的情况" }).click();

  const results = page.locator("#results");
  await expect(results.getByRole("heading", { name: "您的3笔欠款" })).toBeVisible();
  const jiebei = results.locator("article").nth(0);
  const huabei = results.locator("article").nth(1);
  const card = results.locator("article").nth(2);
  // ¥20,000 × 0.05% a day = ¥10.00; the others have no rate, so no figure is invented.
  await expect(jiebei.locator("[data-cost-per-day]")).toContainText("每多等一天：约 ¥10.00");
  await expect(huabei.locator("[data-cost-per-day]")).toContainText("算不出");
  await expect(card.locator("[data-cost-per-day]")).toContainText("算不出");
  await expect(results.locator("[data-cost-summary]")).toContainText("填了日费率的1笔，每多等一天合计约 ¥10.00。另有2笔没填费率");
  await expect(page.locator("main")).not.toContainText("¥1.50");
  // The card: what 第一百九十六条 requires, with its citation.
  await expect(card).toContainText("以非法占有为目的");
  await expect(card).toContainText("经发卡银行催收后仍不归还");
  await expect(card.locator("[data-citations]")).toContainText("中华人民共和国刑法（第一百九十六条第二款）");
  await expect(card.getByRole("link", { name: /完整自查/ })).toHaveCount(0);
  // No order of repayment is recommended; 12348 is there for the rest.
  await expect(page.getByRole("heading", { name: "先还哪一笔？" })).toBeVisible();
  await expect(page.locator("main")).toContainText("不替您排顺序");
  await expect(page.locator("main")).toContainText("12348");
  await axe(page, "results");

  // The share link restores the list in a fresh page.
  await page.getByRole("button", { name: "复制这份清单的链接" }).click();
  await expect(page.getByRole("status").filter({ hasText: "链接已复制" })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/several-debts#debt=jiebei_20000_30_0\.05_no_no&debt=huabei_3000_10__no_no&debt=card_5000_40__no_unsure$/);
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.locator("#results article")).toHaveCount(3);
  await expect(other.locator("#results article").first().locator("[data-cost-per-day]")).toContainText("¥10.00");
  await expect(other.locator('fieldset[data-debt="2"]').getByLabel("欠款金额")).toHaveValue("3000");
  await other.close();

  // The 借呗 debt opens the full check with its answers filled in.
  const checkHref = await jiebei.locator("[data-check-link]").getAttribute("href");
  expect(checkHref).toBe("/#product=jiebei&days=30&amount=20000&rate=0.05");
  await jiebei.locator("[data-check-link]").click();
  await expect(page.locator("#field-amount")).toHaveValue("20000");
  await expect(page.locator("#field-days")).toHaveValue("30");
  await expect(page.getByRole("radio", { name: "借呗" })).toBeChecked();
});

test("a broken link says what is wrong in plain Chinese, keeps what it can, and never crashes", async ({ page }) => {
  await page.goto("/several-debts#debt=jiebei_20000_30_0.05_no_no&debt=huabei_999999999_10__no_no&debt=card_5000_-3__no_no&evil=%E4");
  const alert = page.getByRole("alert").filter({ hasText: "这个链接有些地方不对" });
  await expect(alert).toContainText("「第2笔」：欠款金额超过5000万元");
  await expect(alert).toContainText("「第3笔」：逾期天数不能是负数");
  await expect(alert).toContainText("无法识别");
  await expect(page.locator("#results article")).toHaveCount(1);
  await expect(page.locator('fieldset[data-debt="3"]')).toBeVisible();
  await axe(page, "broken link");
});

test("the Traditional page loads and computes the same", async ({ page }) => {
  await page.goto("/zh-Hant/several-debts#debt=jiebei_20000_30_0.05_no_no&debt=card_5000_40__no_no");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("欠了好幾筆");
  await expect(page.locator("#results article").first().locator("[data-cost-per-day]")).toContainText("¥10.00");
  await expect(page.locator("#results article").nth(1)).toContainText("以非法佔有為目的");
  expect(await page.locator("[data-check-link]").getAttribute("href")).toBe("/zh-Hant#product=jiebei&days=30&amount=20000&rate=0.05");
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`screenshot at 360 px, ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto("/several-debts#debt=jiebei_20000_30_0.05_no_no&debt=huabei_3000_10__no_no&debt=card_5000_40__no_unsure");
    await expect(page.locator("#results article")).toHaveCount(3);
    await page.screenshot({ path: `test-results/several-debts-${colorScheme}.png`, fullPage: true, timeout: 60_000 });
    // Printed, the summary is the results and what the sources support, without the form or buttons.
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("form", { name: "我的几笔欠款" })).toBeHidden();
    await expect(page.getByRole("button", { name: "打印或存为 PDF" })).toBeHidden();
    await expect(page.locator("#results article").nth(2)).toBeVisible();
    await expect(page.getByRole("heading", { name: "先还哪一笔？" })).toBeVisible();
  });
}
