// The emergency contact's path: the first screen answers "do I owe anything", the
// questionnaire's main branches give the right verdicts, replies copy with one tap,
// the page is axe clean, and every statement on it cites a registered source. The
// same for the rules page (/emergency-contact/rules) the main page's summary leads to.
import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { sources } from "../../content/sources";
import type { CallAnswers } from "../../lib/schema/emergency-contact-answers";
import { CALLS } from "../unit/fixtures/emergency-contact-calls";
import { expect, test } from "./helpers/fixtures";

// On the phone project only (playwright.config.ts): the desktop size is covered by the check spec.
const PATH = "/emergency-contact";
const RULES_PATH = "/emergency-contact/rules";
const registered = new Set(sources.map((s) => s.id));
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Answers the questionnaire the way a person would: by tapping the labelled choices. */
async function answer(page: Page, call: CallAnswers) {
  for (const [name, value] of Object.entries(call)) {
    if (name === "calls") await page.getByLabel("今天一共打来几次？（选填，填数字）").fill(String(value));
    else for (const v of Array.isArray(value) ? value : [value]) await page.locator(`#${name}-${v}`).check();
  }
  await page.getByRole("button", { name: "看看这通电话怎么算" }).click();
  const result = page.locator("[data-call-result]");
  await expect(result.getByRole("heading", { name: "根据您的回答" })).toBeFocused();
  // The answer's wording arrives as static JSON, fetched when the first choice is made.
  await expect(result.locator("[data-loading]")).toHaveCount(0);
  return result;
}

/** Every citation in main resolves to a registered source page; every claim in main cites one. */
async function expectEveryClaimCited(page: Page, request: APIRequestContext, atLeast: number) {
  const cited = await page.locator("main [data-source-id]").evaluateAll((els) =>
    els.map((e) => ({ id: e.getAttribute("data-source-id") ?? "", href: e.getAttribute("href") ?? "" })),
  );
  expect(cited.length).toBeGreaterThan(atLeast);
  for (const c of cited) {
    expect(registered.has(c.id), `${c.id} is registered`).toBe(true);
    expect(c.href).toBe(`/sources/${c.id}`);
  }
  for (const id of new Set(cited.map((c) => c.id))) {
    expect((await request.get(`/sources/${id}`)).status(), `/sources/${id}`).toBe(200);
  }
  const uncited = await page
    .locator("main [data-claim]")
    .evaluateAll((els) => els.filter((e) => !e.querySelector("[data-source-id]")).map((e) => e.getAttribute("data-claim")));
  expect(uncited).toEqual([]);
  // An expired text is not cited as current.
  expect(cited.map((c) => c.id)).not.toContain("law-public-security-penalties-2012");
}

const verdicts = (scope: ReturnType<Page["locator"]>) => scope.locator("[data-verdict]").evaluateAll((els) => els.map((e) => e.getAttribute("data-verdict")));
const claims = (scope: ReturnType<Page["locator"]>) =>
  scope.locator("[data-claim]").evaluateAll((els) => els.map((e) => e.getAttribute("data-claim")));

test.describe("emergency contact", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(PATH);
  });

  test("the first screen says the contact owes nothing, why they were called and what to do, without scrolling", async ({ page }) => {
    await expect(page).toHaveTitle(/紧急联系人/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("您不欠这笔钱");
    const viewport = page.viewportSize()!;
    for (const id of ["owes-nothing", "why-called", "do-now"]) {
      const box = await page.locator(`[data-claim="${id}"]`).first().boundingBox();
      expect(box, id).not.toBeNull();
      expect(box!.y + box!.height, `${id} ends inside the first screen`).toBeLessThanOrEqual(viewport.height);
    }
    // The reason for "owes nothing" is cited right there, visibly.
    await expect(page.locator('[data-claim="owes-nothing"] [data-source-id="law-civil-code-contracts"]')).toBeVisible();
    await expect(page.getByRole("heading", { name: "为什么打给您" })).toBeInViewport();
    // What the industry guideline requires, beside what three articles describe (issue 16).
    const why = page.locator('[data-claim="why-called"]');
    await expect(why).toContainText("行业指引要求");
    await expect(why).toContainText("三篇网络文章");
    await expect(page.getByRole("heading", { name: "现在可以做什么" })).toBeInViewport();
  });

  test("a normal daytime call asking to pass a message on is judged normal, with the polite reply first", async ({ page }) => {
    const result = await answer(page, CALLS.normal);
    expect(await verdicts(result)).toEqual(["normal", "normal"]);
    await expect(result.locator('[data-claim="allowed-hours"]')).toBeVisible();
    await expect(result.locator('[data-claim="asked-to-pass-message"]')).toBeVisible();
    await expect(result.getByRole("link", { name: "礼貌转告，并谢绝以后的来电" })).toBeVisible();
    expect(await claims(result)).toEqual(expect.arrayContaining(["pass-the-message", "promise-nothing", "platform"]));
    await expect(result.locator('[data-claim="regulator-12378"]')).toHaveCount(0);
    await expect(result.locator('[data-claim="police-110"]')).toHaveCount(0);
  });

  test("debt details told to the contact cross the line, pointing to the regulator's hotline and 12321", async ({ page }) => {
    const result = await answer(page, CALLS.debtDisclosed);
    const v = await verdicts(result);
    expect(v[0]).toBe("crosses-line");
    expect(await claims(result)).toEqual(expect.arrayContaining(["debt-disclosed", "agency-caller", "keep-records", "ask-who-is-calling"]));
    const channels = await result.locator("ol [data-claim]").evaluateAll((els) => els.map((e) => e.getAttribute("data-claim")));
    expect(channels).toEqual(["platform", "regulator-12378", "report-12321"]);
    await expect(result.locator('[data-claim="debt-disclosed"] [data-source-id="guideline-cba-collection-2026"]').first()).toBeVisible();
  });

  test("threats put safety and the police first, with the firm reply first", async ({ page }) => {
    const result = await answer(page, CALLS.threats);
    expect(await verdicts(result)).toContain("crosses-line");
    expect(await claims(result)).toEqual(expect.arrayContaining(["threats", "impersonation", "night-calls", "police-110", "anti-fraud-96110"]));
    const firstAction = result.locator("[data-claim]").filter({ hasText: "先报警" }).first();
    await expect(firstAction).toBeVisible();
    await expect(result.getByRole("link").filter({ hasText: "坚决要求停止来电" })).toBeVisible();
    const replyLinks = await result.locator('a[href^="#reply-"]').evaluateAll((els) => els.map((e) => e.getAttribute("href")));
    expect(replyLinks[0]).toBe("#reply-stop-calling");
    // The reply link jumps to a reply that exists on the page.
    await result.getByRole("link", { name: "坚决要求停止来电" }).click();
    await expect(page.locator("#reply-stop-calling")).toBeInViewport();
  });

  test("issue 27: 「四次」 counts as 4 calls; a count it cannot read says so beside the field, never dropped silently", async ({ page }) => {
    const count = page.getByLabel("今天一共打来几次？（选填，填数字）");
    await count.fill("好几次");
    await page.locator("#time-day").check();
    await page.getByRole("button", { name: "看看这通电话怎么算" }).click();
    const problem = page.locator("#calls-error");
    await expect(problem).toBeVisible();
    await expect(problem).toHaveText("没能读懂这个次数，这一项先不算。请填1到200之间的次数，例如 3 或「三次」；不填也可以。");
    await expect(count).toHaveAttribute("aria-invalid", "true");
    await count.fill("四次");
    await expect(problem).toBeHidden();
    await expect(count).toHaveAttribute("aria-invalid", "false");
    const result = page.locator("[data-call-result]");
    await expect(result.locator('[data-claim="many-calls"]')).toBeVisible();
    await expect(result.locator("[data-reply-text]").last()).toContainText("今天一共打来4次");
  });

  test("clearing the answers hides the tailored answer", async ({ page }) => {
    await answer(page, CALLS.askedToPay);
    await page.getByRole("button", { name: "清空重填" }).click();
    await expect(page.locator("[data-call-result]")).toHaveCount(0);
    await expect(page.locator("#said-pay")).not.toBeChecked();
  });

  test("a reply copies to the clipboard with one tap and says so", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseURL!).origin });
    const card = page.locator("#reply-stop-calling");
    const text = (await card.locator("[data-reply-text]").innerText()).trim();
    await card.getByRole("button", { name: /复制/ }).click();
    await expect(card.getByRole("status")).toHaveText("已复制，可以去粘贴了。");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    expect(text).toContain("请你们停止给我打电话");
  });

  test("when copying is refused, the contact is told how to copy by hand", async ({ page }) => {
    await page.evaluate(() => {
      Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new Error("denied")) }, configurable: true });
    });
    const card = page.locator("#reply-message-to-borrower");
    await card.getByRole("button", { name: /复制/ }).click();
    await expect(card.getByRole("status")).toContainText("没能自动复制");
  });

  test("every citation on the page, including the tailored answer, resolves to a registered source; every claim cites one", async ({ page, request }) => {
    await answer(page, { ...CALLS.threats, said: ["message", "debt", "pay", "threat", "impersonate"], refused: "ignored", found: "my-contacts", caller: "agency" });
    await expectEveryClaimCited(page, request, 20);
  });

  test.describe("offline", () => {
    // The browser logs the aborted request (the message names no URL); that is the point of this test.
    test.use({ allowConsoleErrors: [/^Failed to load resource: net::ERR_FAILED$/] });

    test("if the answer's wording cannot load, the contact is told and can try again", async ({ page }) => {
      let fail = true;
      await page.route("**/emergency-contact/answers.json", (route) => (fail ? route.abort() : route.continue()));
      await page.locator("#said-message").check();
      await page.getByRole("button", { name: "看看这通电话怎么算" }).click();
      const result = page.locator("[data-call-result]");
      await expect(result).toContainText("没能载入");
      fail = false;
      await result.getByRole("button", { name: "再试一次" }).click();
      await expect(result.locator('[data-claim="asked-to-pass-message"]')).toBeVisible();
    });
  });

  test("the collection rules are summarised here, one cited line each, and explained in full on the rules page", async ({ page }) => {
    const ids = await claims(page.locator("section[aria-labelledby=rules]"));
    expect(ids).toEqual(expect.arrayContaining(["third-parties-only-when-unreachable", "no-debt-disclosure", "stop-when-refused", "quiet-hours", "no-harassment"]));
    await page.getByRole("link", { name: "每条规则的具体内容、依据和生效日期" }).click();
    await expect(page).toHaveURL(new RegExp(`${RULES_PATH}$`));
    expect(await claims(page.locator("main"))).toEqual(expect.arrayContaining(ids));
  });

  test("the page leads on to the borrower check", async ({ page }) => {
    await page.getByRole("link", { name: "帮借款人弄清楚他的情况" }).click();
    await expect(page).toHaveURL(/\/$/);
  });

  test("axe finds nothing before answering, and nothing in light or dark mode with an answer", async ({ page }) => {
    test.slow(); // axe over a long page, three times
    expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations, "on load").toEqual([]);
    // The answered page is the loaded page plus the tailored answer: both schemes are checked on it.
    await answer(page, { ...CALLS.threats, said: ["message", "debt", "threat"], caller: "agency" });
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations, `with an answer, ${scheme} mode`).toEqual([]);
    }
  });

  test("answering sends nothing and stores nothing", async ({ page, context }) => {
    const sent: string[] = [];
    page.on("request", (r) => {
      // The icon and build assets carry a content hash in their query and may load at any moment; no answer is in them.
      const { pathname } = new URL(r.url());
      if (pathname.startsWith("/_next/static/") || pathname === "/icon.svg") return;
      if (r.method() !== "GET" || r.url().includes("?")) sent.push(`${r.method()} ${r.url()}`);
    });
    await answer(page, CALLS.debtDisclosed);
    expect(sent.filter((s) => !s.includes("_rsc="))).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  });
});

test.describe("emergency contact: the rules page", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(RULES_PATH);
  });

  test("has its own title, every rule in full, the complaint channels in order and a way back", async ({ page }) => {
    await expect(page).toHaveTitle(/催收规则/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("能做什么、不能做什么");
    const channels = await page.locator("section[aria-labelledby=channels] ol > [data-claim]").evaluateAll((els) => els.map((e) => e.getAttribute("data-claim")));
    expect(channels).toEqual(["platform", "regulator-12378", "report-12321", "police-110", "anti-fraud-96110"]);
    await page.getByRole("link", { name: /接到催收电话的紧急联系人/ }).click();
    await expect(page).toHaveURL(new RegExp(`${PATH}$`));
  });

  test("every citation resolves to a registered source; every rule cites one", async ({ page, request }) => {
    await expectEveryClaimCited(page, request, 15);
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`axe finds nothing in ${scheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations).toEqual([]);
    });
  }
});
