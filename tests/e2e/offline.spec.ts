// Works with no signal, and installs like an app (docs/offline.md). In Chromium, against
// servers of its own that the tests stop, so "no network" is real, not only emulated:
//   - after one visit, every listed page and every prerendered [param] page is in the
//     precache, and one page per listed route opens with the network off, the check on / gives its result, /timeline#… and /plan#… show
//     the computed result, /emergency-contact's copy buttons work;
//   - a new build is taken as a whole: until the person presses 刷新 every page is the
//     old build, after it every page is the new one, never a mix;
//   - the site passes Chromium's installability check.
// The sweeps run on the phone project only (one context, one page, every page in turn).
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import type { Page } from "@playwright/test";
import { expect, type PageProblems, test, watchPage } from "./helpers/fixtures";
import { REGISTRATION_PATH, UPDATE_NOTICE_PATH } from "../../build/site/own-scripts.cjs";
import { htmlFileOf, OUT_DIR } from "../../build/site/routes.cjs";
import { checkedRoutes, listedPages, TIMELINE_FRAGMENT } from "./helpers/routes";
import { cachedUrls, OFFLINE_PORT, stopServer, waitForWorker } from "./helpers/worker";

const NOW = new Date("2026-11-22T10:00:00+08:00");

// The service worker is what these tests are about (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: "allow" });
// The measuring scripts' server starter (an ES module; Playwright's loader would turn a
// static import of it into CommonJS).
const serverLib = () => import("../../serve/servers.mjs");
const startServer = async (options: { port: number; outDir?: string }) => (await serverLib()).startServer(options);

/** The <title> the build wrote for a path, to know the right page was served (not, say, the 404 page). */
function builtTitle(path: string): string {
  const html = readFileSync(htmlFileOf(OUT_DIR, path), "utf8");
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? "";
  return title.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

async function expectMainHeading(page: Page, path: string): Promise<void> {
  expect(await page.title(), `${path}: this page, not another`).toBe(builtTitle(path));
  const h1 = page.locator("h1").first();
  await expect(h1, `${path}: its main heading`).toBeVisible();
  expect((await h1.innerText()).trim().length, `${path}: heading text`).toBeGreaterThan(1);
}

async function expectTimelineResult(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { name: "您的时间线", level: 1 })).toBeVisible();
  await expect(page.locator('[aria-current="step"]')).toContainText("您在这里 · 逾期第20天", { timeout: 15_000 });
}

test("after one visit, the whole site is kept and opens with no network: the check, the timeline, the plan, the contact's page, a page of every route", async ({ page, context }) => {
  test.setTimeout(180_000);
  const server = await startServer({ port: OFFLINE_PORT });
  const origin = server.url;
  try {
    await page.clock.setFixedTime(NOW);
    await page.goto(`${origin}/questions/sued`); // any page will do: a reading page
    await waitForWorker(page);
  } finally {
    await stopServer(server);
  }
  await context.setOffline(true);
  // The network is really gone: a file the worker does not keep cannot be fetched (from
  // a page of its own: the failed load is logged, and this test's page must log nothing).
  const probe = await context.newPage();
  await probe.goto(`${origin}/`);
  expect(await probe.evaluate(() => fetch("/robots.txt").then(() => "fetched", () => "failed"))).toBe("failed");
  await probe.close();

  // Every page of the site is in the precache (the worker answers a clean URL from its
  // .html file); one page per listed route is opened from it, each its own template.
  const cached = new Set((await cachedUrls(page)).map((u) => new URL(u).pathname));
  const paths = listedPages().map((r) => r.path);
  expect(paths.length, "listed routes with their [param] pages").toBeGreaterThanOrEqual(55);
  expect(paths.filter((path) => !cached.has(`/${relative(OUT_DIR, htmlFileOf(OUT_DIR, path))}`)), "pages missing from the precache").toEqual([]);
  for (const path of checkedRoutes().map((r) => r.path)) {
    const res = await page.goto(`${origin}${path}`);
    expect(res?.status(), path).toBe(200);
    await expectMainHeading(page, path);
  }

  // The check on / works offline and leads to its result.
  await page.goto(`${origin}/`);
  await page.getByLabel("借呗").check();
  await page.getByLabel("逾期天数").fill("20");
  await page.getByLabel("逾期金额").fill("2万");
  await page.getByLabel("偶尔晚还").check();
  await page.getByLabel("没有接听或回复").check();
  await page.getByRole("button", { name: "查看我的时间线" }).click();
  await expect(page).toHaveURL(/\/timeline#product=jiebei&due=2026-11-02&amount=20000/);
  await expectTimelineResult(page);

  // A saved link to the timeline and to the plan, opened with no network.
  await page.goto(`${origin}/timeline#${TIMELINE_FRAGMENT}`);
  await expectTimelineResult(page);
  await page.goto(`${origin}/plan#${TIMELINE_FRAGMENT}`);
  await expect(page.getByTestId("plan-sheet")).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId("letter-preview")).toBeVisible();

  // The emergency contact's page: a reply copies with one tap.
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
  await page.goto(`${origin}/emergency-contact`);
  const card = page.locator("#reply-stop-calling");
  await card.getByRole("button", { name: /复制/ }).click();
  await expect(card.getByRole("status")).toHaveText("已复制，可以去粘贴了。");

  // A page the worker does not keep (with no network it cannot tell whether it exists):
  // the offline page says there is no network, not 找不到这个页面, and its links lead to
  // pages that open from the cache (issue 27).
  await page.goto(`${origin}/no-such-page-offline`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("现在没有网络");
  await expect(page.getByText("找不到这个页面")).toHaveCount(0);
  const kept = page.locator("[data-kept-pages] a");
  const hrefs = await kept.evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  expect(hrefs).toEqual(["/", "/emergency-contact", "/call-log", "/questions", "/sources"]);
  for (const href of hrefs) expect(cached.has(`/${relative(OUT_DIR, htmlFileOf(OUT_DIR, href))}`), `${href} is kept`).toBe(true);
  await kept.filter({ hasText: "我是紧急联系人" }).click();
  await expect(page).toHaveURL(`${origin}/emergency-contact`);
  await expectMainHeading(page, "/emergency-contact");
});

test("the Traditional site has its own worker: after one visit it opens with no network, and neither worker downloads the other script's site", async ({ page, context }) => {
  test.setTimeout(120_000);
  const server = await startServer({ port: OFFLINE_PORT + 2 }); // a port per test: they may run at the same time
  const origin = server.url;
  try {
    await page.clock.setFixedTime(NOW);
    await page.goto(`${origin}/zh-Hant/questions/sued`);
    await waitForWorker(page);
    const worker = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL ?? "");
    expect(new URL(worker).pathname, "the Traditional page's worker").toBe("/sw-zh-Hant.js");
    const cached = (await cachedUrls(page)).map((u) => new URL(u).pathname);
    expect(cached, "the Traditional site").toContain("/zh-Hant/timeline.html");
    expect(cached.filter((p) => !p.startsWith("/zh-Hant/") && ![REGISTRATION_PATH, UPDATE_NOTICE_PATH].includes(p) && !p.startsWith("/icons/")), "nothing of the Simplified site").toEqual([]);
  } finally {
    await stopServer(server);
  }
  await context.setOffline(true);
  for (const path of ["/zh-Hant", "/zh-Hant/emergency-contact", "/zh-Hant/questions/sued", "/zh-Hant/sources/law-pipl"]) {
    const res = await page.goto(`${origin}${path}`);
    expect(res?.status(), path).toBe(200);
    await expectMainHeading(page, path);
    await expect(page.locator("html"), path).toHaveAttribute("lang", "zh-Hant");
  }
  await page.goto(`${origin}/zh-Hant/timeline#${TIMELINE_FRAGMENT}`);
  await expect(page.locator('[aria-current="step"]')).toContainText("逾期第20天", { timeout: 15_000 });
  await page.goto(`${origin}/zh-Hant/plan#${TIMELINE_FRAGMENT}`);
  await expect(page.getByTestId("letter-preview")).toBeVisible({ timeout: 15_000 });
  await page.goto(`${origin}/zh-Hant/no-such-page-offline`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("現在沒有網絡");
  const kept = page.locator("[data-kept-pages] a");
  expect(await kept.evaluateAll((links) => links.map((a) => a.getAttribute("href")))).toEqual(["/zh-Hant", "/zh-Hant/emergency-contact", "/zh-Hant/call-log", "/zh-Hant/questions", "/zh-Hant/sources"]);
  await kept.filter({ hasText: "我是緊急聯繫人" }).click();
  await expectMainHeading(page, "/zh-Hant/emergency-contact");
});

// ---------- a first visit that switches script is no update (issue 27) ----------
test.describe("a browser that prefers Traditional", () => {
  test.use({ locale: "zh-TW" });

  test("its first visit taps 「本頁有繁體中文版」: the Traditional worker installs, and no update bar appears", async ({ page }) => {
    test.setTimeout(120_000);
    const server = await startServer({ port: OFFLINE_PORT + 3 }); // a port per test
    const origin = server.url;
    const noticeRequests: string[] = [];
    page.on("request", (r) => {
      if (new URL(r.url()).pathname === UPDATE_NOTICE_PATH) noticeRequests.push(r.url());
    });
    try {
      await page.clock.setFixedTime(NOW);
      await page.goto(`${origin}/questions/sued`);
      await waitForWorker(page); // the Simplified worker controls the page
      await page.getByRole("link", { name: "本頁有繁體中文版" }).click();
      await expect(page).toHaveURL(`${origin}/zh-Hant/questions/sued`);
      await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
      // The Traditional worker installs for the first time and takes the page over.
      await page.waitForFunction(() => navigator.serviceWorker.controller?.scriptURL.endsWith("/sw-zh-Hant.js") ?? false, undefined, { timeout: 60_000 });
      await expect(page.locator("#update-notice")).toHaveCount(0);
      // Another page of the Traditional site, now under its own worker: still nothing to offer.
      await page.goto(`${origin}/zh-Hant/sources`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.locator("#update-notice")).toHaveCount(0);
      expect(noticeRequests, "the update bar is never even loaded").toEqual([]);
    } finally {
      await stopServer(server);
    }
  });
});

// ---------- update: two builds that differ in visible words ----------
// The second build is this build with two changes, made the way a build would make them
// (postbuild and the worker step run again, so hashes, CSPs and the precache list are
// its own): the footer link (HTML of every page) says 来源 for 出处, and a stage's name
// (content.json, and the pages that print it) says 打给 for 联系.
const OLD = { footer: "每一条说法的出处", stage: "可能联系紧急联系人" };
const NEW = { footer: "每一条说法的来源", stage: "可能打给紧急联系人" };

function buildVariant(): string {
  const app = mkdtempSync(join(tmpdir(), "yuqi-offline-variant-"));
  const out = join(app, "out");
  cpSync(OUT_DIR, out, { recursive: true });
  for (const file of readdirSync(out, { recursive: true }).map(String)) {
    if (!/\.(html|json)$/.test(file)) continue;
    const path = join(out, file);
    const text = readFileSync(path, "utf8");
    const changed = text.split(OLD.footer).join(NEW.footer).split(OLD.stage).join(NEW.stage);
    if (changed !== text) writeFileSync(path, changed);
  }
  for (const step of [["build/postbuild.mjs", "--app", app], ["build/service-worker/build.mjs", "--out", out]]) {
    // zlib for the pages' gzip too (PRECOMPRESS_FAST): the test reads brotli, and Zopfli would add a minute.
    const r = spawnSync(process.execPath, step, { encoding: "utf8", env: { ...process.env, PRECOMPRESS_FAST: "1" } });
    if (r.status !== 0) throw new Error(`${step[0]} failed:\n${r.stdout}\n${r.stderr}`);
  }
  return app;
}

/** What the page shows of each build: the footer link (its HTML) and, on the timeline, the current stage (content.json). */
async function buildOf(page: Page): Promise<{ footer: "old" | "new" | "none"; stage?: "old" | "new" | "none" }> {
  const footer = await page.locator("footer").innerText();
  const which = (text: string, key: keyof typeof OLD) => (text.includes(OLD[key]) ? "old" : text.includes(NEW[key]) ? "new" : "none");
  if (!new URL(page.url()).pathname.startsWith("/timeline")) return { footer: which(footer, "footer") };
  const stage = await page.locator('[aria-current="step"]').innerText();
  return { footer: which(footer, "footer"), stage: which(stage, "stage") };
}

test("a new build comes in whole: every page is the old build until 刷新, then every page is the new one", async ({ page }) => {
  test.setTimeout(180_000);
  const variant = buildVariant();
  const port = OFFLINE_PORT + 1;
  const timeline = `/timeline#${TIMELINE_FRAGMENT}`;
  let server = await startServer({ port });
  try {
    await page.clock.setFixedTime(NOW);
    await page.goto(`${server.url}${timeline}`);
    await waitForWorker(page);
    await expectTimelineResult(page);
    expect(await buildOf(page)).toEqual({ footer: "old", stage: "old" });

    // The new build is deployed.
    await stopServer(server);
    server = await startServer({ port, outDir: join(variant, "out") });
    const origin = server.url;

    // The next pages still come whole from the old build while the new one installs;
    // then the calm notice offers it.
    await page.goto(`${origin}/sources`);
    expect(await buildOf(page)).toEqual({ footer: "old" });
    const notice = page.locator("#update-notice");
    await expect(notice).toBeVisible({ timeout: 20_000 });
    await expect(notice).toContainText("已更新，刷新即可看到新内容");
    await page.goto(`${origin}${timeline}`);
    await expectTimelineResult(page);
    expect(await buildOf(page), "old HTML with old content.json").toEqual({ footer: "old", stage: "old" });

    // 稍后 hides it; a reload is still the old build, whole, and offers it again.
    await notice.getByRole("button", { name: "稍后" }).click();
    await expect(notice).toBeHidden();
    await page.reload();
    await expectTimelineResult(page);
    expect(await buildOf(page), "reloaded: old HTML with old content.json").toEqual({ footer: "old", stage: "old" });
    await expect(notice).toBeVisible({ timeout: 10_000 });
    // A second tab of the old build offers the update too.
    const other = await page.context().newPage();
    await other.goto(`${origin}/questions`);
    expect(await buildOf(other)).toEqual({ footer: "old" });
    const otherNotice = other.locator("#update-notice");
    await expect(otherNotice).toBeVisible({ timeout: 10_000 });
    // 刷新 brings the whole new build in.
    await notice.getByRole("button", { name: "刷新" }).click();
    await expect(page.locator("footer")).toContainText(NEW.footer, { timeout: 15_000 });
    await expectTimelineResult(page);
    expect(await buildOf(page), "new HTML with new content.json").toEqual({ footer: "new", stage: "new" });
    await expect(notice).toBeHidden();
    // The other tab still shows the old build, now under the new worker: it asks for a
    // reload (without doing one: the person may be typing), and the reload is the new build.
    await expect(otherNotice).toContainText("已在另一个页面更新，请刷新本页", { timeout: 10_000 });
    await expect(otherNotice.getByRole("button")).toHaveCount(1);
    await otherNotice.getByRole("button", { name: "刷新" }).click();
    await expect(other.locator("footer")).toContainText(NEW.footer, { timeout: 15_000 });
    await other.close();

    // Every page is now the new build, with the server gone too.
    await stopServer(server);
    for (const path of ["/", "/plan", "/emergency-contact", "/questions", "/sources/claims"]) {
      await page.goto(`${origin}${path}`);
      expect((await buildOf(page)).footer, path).toBe("new");
    }
  } finally {
    await stopServer(server);
    rmSync(variant, { recursive: true, force: true });
  }
});

// ---------- installable ----------
test("the site is installable: a complete manifest, and no installability errors in Chromium", async ({ playwright, baseURL }, testInfo) => {
  // Chromium never offers to install from an incognito profile, which is what a
  // Playwright context is: this check needs a profile on disk.
  const profile = mkdtempSync(join(tmpdir(), "yuqi-install-profile-"));
  const { launchOptions, viewport, isMobile, hasTouch, userAgent, deviceScaleFactor } = testInfo.project.use;
  const context = await playwright.chromium.launchPersistentContext(profile, { ...launchOptions, viewport, isMobile, hasTouch, userAgent, deviceScaleFactor, baseURL });
  const problems: PageProblems = { cspViolations: [], consoleErrors: [], pageErrors: [] };
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await watchPage(page, problems);
    await expectInstallable(page, baseURL!);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  expect(problems).toEqual({ cspViolations: [], consoleErrors: [], pageErrors: [] });
});

async function expectInstallable(page: Page, baseURL: string): Promise<void> {
  await page.goto("/");
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
    return link ? ((await (await fetch(link.href)).json()) as Record<string, unknown>) : null;
  });
  expect(manifest, "the page links a manifest").not.toBeNull();
  expect(manifest).toMatchObject({ name: "逾期明白", lang: "zh-Hans", start_url: "/", display: "standalone" });
  expect(String(manifest!.short_name).length).toBeGreaterThan(0);
  expect(String(manifest!.description).length).toBeGreaterThan(10);
  const icons = manifest!.icons as { src: string; sizes: string; purpose: string }[];
  for (const [sizes, purpose] of [["192x192", "any"], ["512x512", "any"], ["192x192", "maskable"], ["512x512", "maskable"]]) {
    const icon = icons.find((i) => i.sizes === sizes && i.purpose === purpose);
    expect(icon, `${purpose} icon ${sizes}`).toBeTruthy();
    const res = await page.request.get(new URL(icon!.src, baseURL).href);
    expect(res.headers()["content-type"], icon!.src).toBe("image/png");
  }
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  expect(installabilityErrors, "Chromium's installability errors").toEqual([]);
}
