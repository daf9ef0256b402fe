// Three people on a phone (issue 18), as stories: a keyboard and screen-reader user
// who gets the form wrong and follows the error summary; 小李, whose shared link is
// opened days after it was made; 王阿姨, an emergency contact whose third call today
// came at 21:50 from someone who said they were from a law firm. And 您 throughout.
import type { Page } from "@playwright/test";
import { CALLS } from "../unit/fixtures/emergency-contact-calls";
import { expect, test } from "./helpers/fixtures";

const CHECK = "查看我的时间线";

/** Everything a page says to its reader, minus words the reader would say to someone else ([data-speech]). */
async function wordsToTheReader(page: Page): Promise<string> {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const speech of body.querySelectorAll("[data-speech], script, noscript")) speech.remove();
    return `${document.title}\n${body.textContent ?? ""}`;
  });
}

test.describe("the keyboard path through the error summary on /", () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(new Date("2026-11-27T10:00:00+08:00"));
  });

  test("each summary link moves focus to its field, leaves the address and every answer alone, and the summary follows the fixes", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("借呗").check();
    await page.getByLabel("逾期天数").fill("9");
    await page.getByLabel("逾期金额").fill("八千多");
    await page.getByLabel("一直按时还款").check();
    await page.getByRole("button", { name: CHECK }).focus();
    await page.keyboard.press("Enter");

    const summary = page.getByRole("region", { name: /还差一点/ });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("heading")).toHaveText("还差一点：请改正下面2处");
    const links = summary.getByRole("link");
    await expect(links).toHaveCount(2);

    const answersIntact = async () => {
      expect(new URL(page.url()).hash).toBe("");
      await expect(page.getByLabel("借呗")).toBeChecked();
      await expect(page.getByLabel("逾期天数")).toHaveValue("9");
      await expect(page.getByLabel("应还款日")).toHaveValue("2026-11-18");
      await expect(page.getByLabel("逾期金额")).toHaveValue("八千多");
      await expect(page.getByLabel("一直按时还款")).toBeChecked();
      await expect(summary).toBeVisible();
    };

    // From the summary, Tab to the first link and follow it with Enter.
    await page.keyboard.press("Tab");
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByLabel("逾期金额")).toBeFocused();
    await answersIntact();

    // The second link, tapped.
    await links.nth(1).click();
    await expect(page.locator("#contact-negotiating")).toBeFocused();
    await answersIntact();

    // Fixing a field takes its error away at once, and the count follows.
    await page.getByLabel("逾期金额").fill("8600");
    await expect(page.locator("#amount-error")).toHaveCount(0);
    await expect(page.getByLabel("逾期金额")).not.toHaveAttribute("aria-invalid", "true");
    await expect(summary.getByRole("heading")).toHaveText("还差一点：请改正下面这一处");
    await expect(page.getByRole("status").filter({ hasText: "已改好1处，还有1处要改。" })).toBeAttached();

    await page.getByLabel("接电话但还没有方案").check();
    await expect(summary).toHaveCount(0);
    await expect(page.getByRole("status").filter({ hasText: "都改好了" })).toBeAttached();
    await page.getByRole("button", { name: CHECK }).click();
    await expect(page.getByRole("heading", { name: "您的时间线", level: 1 })).toBeFocused();
  });
});

test("the short answers in 更多情况 never break inside a word on a phone", async ({ page }) => {
  await page.goto("/");
  await page.getByText("更多情况（选填，让结果更贴近您）").click();
  const lines = await page.locator("#field-ec label, #field-partial label, #field-guarantor label").evaluateAll((labels) =>
    labels.map((label) => {
      const text = label.querySelector("span > span") as HTMLElement;
      return { text: text.textContent, lines: Math.round(text.getBoundingClientRect().height / parseFloat(getComputedStyle(text).lineHeight)) };
    }),
  );
  expect(lines.length).toBe(8);
  for (const l of lines) expect(l, l.text ?? "").toMatchObject({ lines: 1 });
});

test.describe("小李's link, made on one day and opened five days later", () => {
  const MADE = new Date("2026-11-27T08:30:00+08:00");
  const LATER = new Date("2026-12-02T20:00:00+08:00");

  test("the link carries the due date, so five days later it says 逾期14天, not 逾期9天", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    await page.clock.setFixedTime(MADE);
    await page.goto("/");
    await page.getByLabel("借呗").check();
    await page.getByLabel("逾期天数").fill("9");
    await page.getByLabel("逾期金额").fill("8,600");
    await page.getByLabel("偶尔晚还").check();
    await page.getByLabel("接电话但还没有方案").check();
    await page.getByRole("button", { name: CHECK }).click();
    await expect(page).toHaveURL(/\/timeline#product=jiebei&due=2026-11-18&amount=8600&history=occasional&contact=answering$/);
    await expect(page.locator('[aria-current="step"]')).toContainText("逾期第9天");

    await page.getByRole("button", { name: "复制这个结果的链接" }).click();
    const shared = await page.evaluate(() => navigator.clipboard.readText());
    expect(shared).toBe(`${new URL(baseURL!).origin}/timeline#product=jiebei&due=2026-11-18&amount=8600&history=occasional&contact=answering`);

    await page.clock.setFixedTime(LATER);
    await page.goto("/");
    await page.goto(shared);
    await expect(page.locator('[aria-current="step"]')).toContainText("逾期第14天");
    await expect(page.getByRole("region", { name: "您的回答" })).toContainText("逾期14天（应还款日2026年11月18日）");
    // The plan is offered near the top, beside 复制 and 打印.
    const toPlan = page.getByRole("link", { name: "费用、话术和行动计划" });
    await expect(toPlan).toBeInViewport();
    await expect(toPlan).toHaveAttribute("href", "/plan#product=jiebei&due=2026-11-18&amount=8600&history=occasional&contact=answering");
  });

  test("an old link that carries days still opens, and its copy carries the due date from then on", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    await page.clock.setFixedTime(LATER);
    await page.goto("/timeline#product=jiebei&days=9&amount=8600&history=occasional&contact=answering");
    await expect(page.locator('[aria-current="step"]')).toContainText("逾期第9天");
    await page.getByRole("button", { name: "复制这个结果的链接" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("#product=jiebei&due=2026-11-23&amount=8600");
  });

  test("the rate is read as the bill writes it, and the example is never the box's value", async ({ page }) => {
    await page.clock.setFixedTime(MADE);
    await page.goto("/timeline#product=jiebei&due=2026-11-18&amount=8600&history=occasional&contact=answering");
    const box = page.getByLabel("您账单上的日费率（%）");
    await expect(box).toHaveValue("");
    await expect(box).toHaveAttribute("placeholder", "例如 0.05");
    await box.fill("万分之五");
    await page.getByRole("button", { name: "用这个费率重算" }).click();
    await expect(page).toHaveURL(/&rate=0\.05$/);
    await expect(page.getByText("您填写的费率")).toBeVisible();
  });

  test("the printed plan carries the call script and the written request it points to", async ({ page }) => {
    await page.clock.setFixedTime(MADE);
    await page.goto("/plan#product=jiebei&due=2026-11-18&amount=8600&history=occasional&contact=answering");
    await expect(page.getByTestId("plan-sheet")).toContainText("本页的通话提纲");
    const printed = page.getByTestId("printed-letters");
    await expect(printed).toBeAttached();
    await expect(printed).toBeHidden();
    await page.emulateMedia({ media: "print" });
    await expect(printed).toBeVisible();
    await expect(printed.getByRole("region", { name: "给官方客服的协商电话提纲" })).toContainText("我是借呗的用户【您的姓名】");
    await expect(printed.getByRole("region", { name: /停止联系他人/ })).toContainText("第四十七条");
  });
});

test.describe("王阿姨's third call today, at 21:50, from a self-styled law firm", () => {
  test("the time is asked with clock times, the count as a number, and the answer follows what she said", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    await page.goto("/emergency-contact");
    await page.getByLabel("自称律师事务所或律师").check();
    await page.getByLabel("告诉了我借款人欠多少钱、逾期多久").check();
    // 21:50 has exactly one home, written with clock times.
    const day = page.getByLabel(/8:00–21:59/);
    await expect(day).toHaveAccessibleName(/晚上9点50分/);
    await day.check();
    await page.getByLabel("今天一共打来几次？（选填，填数字）").fill("3");
    await page.getByRole("button", { name: "看看这通电话怎么算" }).click();

    const result = page.locator("[data-call-result]");
    await expect(result.locator("[data-loading]")).toHaveCount(0);
    const claims = await result.locator("[data-claim]").evaluateAll((els) => els.map((e) => e.getAttribute("data-claim")));
    // No quiet-hours breach is claimed for 21:50; the allowed hours are said out loud.
    expect(claims).not.toContain("night-calls");
    expect(claims).toEqual(expect.arrayContaining(["allowed-hours", "law-firm-caller", "many-calls", "debt-disclosed"]));
    await expect(result.locator('[data-claim="law-firm-caller"]')).toContainText("律师函是以律所名义发的催告，不是法院文书");
    await expect(result.locator('[data-claim="many-calls"]')).toContainText("每天接通不超过3次");
    // Her third call: the first-call reply is not offered.
    await expect(result.getByRole("link", { name: "礼貌转告，并谢绝以后的来电" })).toHaveCount(0);
    await expect(result.getByRole("link", { name: "坚决要求停止来电" })).toBeVisible();

    // The message names who called; the complaint states only what she answered.
    const message = result.locator('[data-claim="written-message"] [data-reply-text]');
    await expect(message).toContainText("今天有自称律师事务所的人打电话给我");
    const complaint = result.locator('[data-claim="written-complaint"]');
    await expect(complaint.locator("[data-reply-text]")).toContainText("今天一共打来3次");
    await expect(complaint.locator("[data-reply-text]")).not.toContainText("晚上10点");
    await complaint.getByRole("button", { name: "复制这段话" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("把借款人欠多少钱、逾期多久告诉了我");

    // The numbers to call can be tapped.
    for (const n of ["95188", "12378"]) await expect(complaint.locator(`a[href="tel:${n}"]`)).toBeVisible();
    await expect(page.locator('#channels ~ ol a[href="tel:110"], [data-claim="police-110"] a[href="tel:110"]').first()).toBeAttached();
    await expect(page.locator('main a[href="tel:95188"]').first()).toBeVisible();
  });

  test("the named call fixture is the one the unit tests use", () => {
    expect(CALLS.lawFirmAt2150).toEqual({ caller: "law-firm", said: ["debt"], time: "day", calls: 3 });
  });
});

test.describe("您 throughout", () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(new Date("2026-11-27T10:00:00+08:00"));
  });

  const FRAGMENT = "product=jiebei&due=2026-11-18&amount=8600&history=occasional&contact=answering";
  for (const path of ["/", `/timeline#${FRAGMENT}`, `/plan#${FRAGMENT}`, "/emergency-contact", "/questions", "/sources"]) {
    test(`${path.split("#")[0]} addresses the reader as 您, never 你`, async ({ page }) => {
      await page.goto(path);
      if (path.startsWith("/timeline")) await expect(page.locator("[data-whole]")).toBeAttached();
      if (path.startsWith("/plan")) await expect(page.getByTestId("letter-preview")).toBeVisible();
      if (path === "/emergency-contact") {
        await page.getByLabel("自称律师事务所或律师").check();
        await page.getByRole("button", { name: "看看这通电话怎么算" }).click();
        await expect(page.locator("[data-call-result] [data-loading]")).toHaveCount(0);
      }
      const words = await wordsToTheReader(page);
      expect(words).toContain("您");
      expect(words.match(/.{0,12}你.{0,12}/g) ?? []).toEqual([]);
    });
  }
});
