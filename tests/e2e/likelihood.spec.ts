import { expect, test } from "./helpers/fixtures";

// On the phone project only (playwright.config.ts): the desktop size is covered by the check spec.
// Issue 16 (likelihood words anchored to the sources) and the card-consistency items of
// issue 18's 小李 journey. Today is fixed at the date the issue's audit used.
const NOW = new Date("2026-12-02T10:00:00+08:00");

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
});

test("a silent, large, repeated borrower 8 days late reads 有可能 for the emergency contact, with the source's own word and a legend", async ({ page }) => {
  await page.goto("/timeline#product=jiebei&days=8&amount=20000&history=repeated&contact=silent");
  await expect(page.locator("[data-likelihood-legend]")).toContainText("不会比来源的原话更肯定");
  const card = page.locator('[data-event="emergency-contact-called"]');
  await expect(card.locator("h4 + span")).toHaveText("有可能");
  await card.getByText("为什么这样估计？").click();
  await expect(card).toContainText("原话用词「有可能」，本工具读作「有可能」");
  await expect(card).toContainText("说到第8天的来源，用词都读作「有可能」，标签只在这个范围里按您的回答调整；您的回答本来会让它更高，但来源的用词不支持");
});

test("issue 27: 「联系您的家人」 reads as its own sources' words, and says once how it relates to the emergency contact", async ({ page }) => {
  // A large amount rests on the article that calls it 不常见: the label says so too.
  await page.goto("/timeline#product=jiebei&days=20&amount=20000&history=occasional&contact=answering");
  const family = page.locator('[data-event="family-contacted"]');
  await expect(family.locator("h4 + span")).toHaveText("不常见");
  await expect(family).toContainText("一篇文章说这种做法不常见");
  await expect(family).toContainText("指您填的紧急联系人以外的家人");
  // Not answering rests on the reader comment, whose word is 可能会: the label follows it, and the card quotes it.
  await page.goto("/timeline#product=jiebei&days=20&amount=5000&history=occasional&contact=silent");
  await expect(family.locator("h4 + span")).toHaveText("有可能");
  await expect(family).toContainText("可能会打给紧急联系人，也包括家里人");
});

test("小李: a guarantor nobody mentioned is 要看情况 with what it depends on, and the credit record is 可能, not 已经开始", async ({ page }) => {
  await page.goto("/timeline#product=jiebei&days=9&amount=8600&history=occasional&contact=answering");
  const coBorrower = page.locator('[data-event="co-borrower-contacted"]');
  await expect(coBorrower.locator("h4 + span")).toHaveText("要看情况");
  await expect(coBorrower.locator("[data-depends]")).toContainText("要看这笔借款有没有共同借款人，或有没有人签过保证合同");
  await expect(coBorrower).not.toContainText("不太可能");
  await expect(coBorrower).not.toContainText("现在就可能发生");
  const credit = page.locator('[data-consequence="credit-report"]');
  await expect(credit).toContainText("现在起就可能出现");
  await expect(credit).not.toContainText("已经开始");
});

test("the third-party rule shows on the emergency-contact card, beside what the articles describe", async ({ page }) => {
  await page.goto("/timeline#product=jiebei&days=9&amount=8600&history=occasional&contact=answering");
  const pinned = page.locator('[data-event="emergency-contact-called"] [data-pinned-rule]');
  await expect(pinned).toBeVisible();
  await expect(pinned).toContainText("只有联系不上本人时，才可以联系第三人");
  await expect(pinned).toContainText("也有三篇文章描述了不同的情形");
});

for (const [contact, told] of [
  ["answering", true],
  ["negotiating", true],
  ["silent", false],
  ["unreachable", false],
] as const) {
  test(`the summary has a line about the emergency contact for "${contact}"${told ? ", with the rule" : ""}`, async ({ page }) => {
    await page.goto(`/timeline#product=jiebei&days=20&amount=8600&history=occasional&contact=${contact}`);
    const line = page.locator('[data-summary="contact"]');
    await expect(line).toContainText("联系您填写的紧急联系人：");
    if (told) await expect(line).toContainText("只有联系不上本人时，才可以联系第三人——这是行业规则对催收方的要求");
    else await expect(line).not.toContainText("才可以联系第三人");
  });
}

test("a card whose window the answers moved says where the sources put it, so it agrees with its stage header", async ({ page }) => {
  await page.goto("/timeline#product=huabei&days=10&amount=800&history=ontime&contact=negotiating");
  const card = page.locator('[data-event="emergency-contact-called"]');
  await expect(card).toContainText("来源多说第15–30天，按您的回答推后");
  await expect(page.locator('[data-stage="contacts"]')).toContainText("第15–30天");
});
