// The Traditional Chinese site (/zh-Hant, built from the same source by
// build/traditional/build.mjs): a borrower gets the same timeline in both scripts, the
// 繁/简 link keeps the answers in the fragment, the check reads Traditional input, and
// every listed route works. Phone only: the site is the same code as the Simplified one;
// security.spec checks every Traditional page over raw HTTP on every project.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { toTraditional } from "../../build/traditional/convert.mjs";
import { expect, test } from "./helpers/fixtures";
import { ownScriptsFor } from "./helpers/headers";
import { checkedRoutes, TRADITIONAL_BASE } from "./helpers/routes";

const NOW = new Date("2026-11-22T10:00:00+08:00");
const PERSONA = "product=jiebei&due=2026-11-02&amount=20000&history=occasional&contact=silent&ec=yes";

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
});

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} node(s) ${v.help}`)).toEqual([]);
}

/** Each event on the timeline: its id, its stage, and what its card says. */
async function timelineOf(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('[aria-current="step"] [data-event]').first()).toBeVisible();
  // The stages after today's come just after the first paint.
  await expect(page.locator("[data-whole]")).toBeAttached();
  const stage = await page.locator('[aria-current="step"]').getAttribute("data-stage");
  const events = await page.locator("[data-event]").evaluateAll((cards) => cards.map((c) => ({ id: c.getAttribute("data-event"), text: c.textContent ?? "" })));
  return { stage, events };
}

test("a borrower gets the same timeline in both scripts: same events, days, dates and likelihoods", async ({ page }) => {
  const hans = await timelineOf(page, `/timeline#${PERSONA}`);
  const hant = await timelineOf(page, `${TRADITIONAL_BASE}/timeline#${PERSONA}`);
  expect(hant.stage).toBe(hans.stage);
  expect(hant.events.map((e) => e.id)).toEqual(hans.events.map((e) => e.id));
  expect(hans.events.length).toBeGreaterThan(3);
  // Word for word the same card, in the other script: the days, dates and likelihood words included.
  for (const [i, e] of hans.events.entries()) expect(hant.events[i]?.text, e.id ?? "").toBe(toTraditional(e.text));
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
  await expectNoAxeViolations(page);
});

test("the 繁/简 link keeps the answers in the fragment, both ways", async ({ page }) => {
  await page.goto(`${TRADITIONAL_BASE}/timeline#${PERSONA}`);
  const toHans = page.locator("a[data-script-switch]");
  await expect(toHans).toHaveAttribute("href", `/timeline#${PERSONA}`);
  await toHans.click();
  await expect(page).toHaveURL(new RegExp(`/timeline#${PERSONA}$`));
  await expect(page.getByRole("heading", { name: "您的时间线", level: 1 })).toBeVisible();
  // The answers change on the page (the rate box writes the fragment): the link follows.
  await page.evaluate(() => {
    window.location.hash = `${window.location.hash.slice(1)}&rate=0.05`;
  });
  await expect(page.locator("a[data-script-switch]")).toHaveAttribute("href", `${TRADITIONAL_BASE}/timeline#${PERSONA}&rate=0.05`);
  // A reading page needs no script for it: the build wrote its twin's address.
  await page.goto("/questions/advice");
  await expect(page.locator("a[data-script-switch]")).toHaveAttribute("href", `${TRADITIONAL_BASE}/questions/advice`);
});

test("the check in Traditional reads Traditional input and stays on the Traditional site", async ({ page }) => {
  const T = toTraditional;
  await page.goto(TRADITIONAL_BASE);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
  await page.getByLabel(T("借呗")).check();
  await page.getByLabel(T("逾期天数")).fill("20");
  await page.getByLabel(T("逾期金额")).fill("2萬");
  await page.getByLabel(T("偶尔晚还")).check();
  await page.getByLabel(T("没有接听或回复")).check();
  await page.getByRole("button", { name: T("查看我的时间线") }).click();
  await expect(page).toHaveURL(/\/zh-Hant\/timeline#product=jiebei&due=2026-11-02&amount=20000&history=occasional&contact=silent$/);
  await expect(page.getByRole("heading", { name: T("您的时间线"), level: 1 })).toBeVisible();
});

test("the plan fetches the Traditional content and writes its letters in Traditional", async ({ page }) => {
  const fetched: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("content.json")) fetched.push(new URL(r.url()).pathname);
  });
  await page.goto(`${TRADITIONAL_BASE}/plan#${PERSONA}`);
  await expect(page.locator("[data-speech]").first()).toBeVisible();
  expect([...new Set(fetched)]).toEqual([`${TRADITIONAL_BASE}/content.json`]);
  const text = await page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const other of body.querySelectorAll('[lang="zh-Hans"], script')) other.remove();
    return body.innerText;
  });
  expect(text).toContain("借唄");
  expect(toTraditional(text).replace(/幹擾/g, "干擾")).toBe(text);
});

test("a source page gives the title as published beside the converted one", async ({ page }) => {
  await page.goto(`${TRADITIONAL_BASE}/sources/article-when-contacts-2025`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("螞蟻借唄逾期多久會聯繫緊急聯繫人");
  await expect(page.locator('[data-published-title] [lang="zh-Hans"]')).toHaveText("蚂蚁借呗逾期多久会联系紧急联系人");
  await expectNoAxeViolations(page);
});

// Every listed route of the Traditional site, in Chromium, one after another in one page:
// the fixture fails on any CSP violation, console error or uncaught exception; reading
// pages request no script but the worker registration (Traditional pages do not carry
// the suggestion).
test("every listed route loads in Traditional", async ({ page }) => {
  const routes = checkedRoutes(TRADITIONAL_BASE);
  test.setTimeout(30_000 + routes.length * 8_000);
  let scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(r.url());
  });
  for (const route of routes) {
    scripts = [];
    const res = await page.goto(route.kind === "app" && route.path !== TRADITIONAL_BASE ? `${route.path}#${PERSONA}` : route.path);
    expect(res?.status(), route.path).toBe(200);
    await expect(page.locator("html"), route.path).toHaveAttribute("lang", "zh-Hant");
    await expect(page.locator("h1").first(), route.path).toBeVisible();
    const paths = scripts.map((s) => new URL(s).pathname);
    if (route.kind === "reading") expect(paths, `${route.path} (${route.kind}): script requests`).toEqual(ownScriptsFor(route.path));
    else expect(paths.filter((p) => !p.startsWith(`${TRADITIONAL_BASE}/_next/`)), `${route.path} (${route.kind}): scripts besides the Traditional build's own`).toEqual(ownScriptsFor(route.path));
  }
});

test("a browser set to Simplified Chinese gets no suggestion", async ({ page }) => {
  await page.goto("/questions/advice");
  await expect(page.locator("h1").first()).toBeVisible();
  await expect(page.locator(".script-hint")).toHaveCount(0);
});

test.describe("a browser that prefers Traditional (zh-TW)", () => {
  test.use({ locale: "zh-TW" });

  test("gets a dismissible suggestion on Simplified pages, not a redirect, and nothing stored", async ({ page, context }) => {
    const res = await page.goto("/questions/advice");
    expect(res?.status()).toBe(200);
    await expect(page).toHaveURL(/\/questions\/advice$/);
    const hint = page.getByRole("note").filter({ hasText: "本頁有繁體中文版" });
    await expect(hint).toBeVisible();
    await expect(hint.getByRole("link")).toHaveAttribute("href", `${TRADITIONAL_BASE}/questions/advice`);
    await expectNoAxeViolations(page);
    await hint.getByRole("button", { name: "不用了" }).click();
    await expect(hint).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    expect(await context.cookies()).toEqual([]);
    // Not on the Traditional pages.
    await page.goto(`${TRADITIONAL_BASE}/questions/advice`);
    await expect(page.locator("h1").first()).toBeVisible();
    await expect(page.locator(".script-hint")).toHaveCount(0);
  });

  test("the suggestion keeps the answers: /timeline#… → /zh-Hant/timeline#…", async ({ page }) => {
    await page.goto(`/timeline#${PERSONA}`);
    await expect(page.locator('[aria-current="step"]')).toBeVisible();
    await page.getByRole("note").getByRole("link", { name: "本頁有繁體中文版" }).click();
    await expect(page).toHaveURL(new RegExp(`/zh-Hant/timeline#${PERSONA}$`));
    await expect(page.locator('[aria-current="step"]')).toBeVisible();
  });
});
