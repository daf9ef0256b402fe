// The user's answers stay in the URL fragment: no request carries them, nothing
// leaves the origin, and no cookie is set. Distinctive values make leaks findable.
// The service worker is part of it: its own requests (the precache download) carry
// nothing either, and Cache Storage holds only files of the build.
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Request } from "@playwright/test";
import { expect, test } from "./helpers/fixtures";
import { cachedUrls, waitForWorker } from "./helpers/worker";

const OUT = join(__dirname, "..", "..", "out");

// The service worker is what these tests are about (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: "allow" });

const DAYS = "37";
const AMOUNT = "48213";

function dueDateFor(daysOverdue: number): string {
  const d = new Date();
  d.setDate(d.getDate() - daysOverdue);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

interface Recorded {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
  fromWorker: boolean;
}

test("answers never leave the browser", async ({ page, context, baseURL }) => {
  const due = dueDateFor(Number(DAYS));
  const recorded: Recorded[] = [];
  context.on("request", (req: Request) => {
    recorded.push({ url: req.url(), method: req.method(), headers: req.headers(), body: req.postData() ?? "", fromWorker: req.serviceWorker() !== null });
  });

  await page.goto("/");
  await page.getByRole("radio", { name: "借呗" }).check();
  await page.getByLabel("逾期天数").fill(DAYS);
  const dueInput = page.getByLabel("应还款日");
  if (await dueInput.isEditable()) await dueInput.fill(due);
  await page.getByLabel("逾期金额").fill(AMOUNT);
  await page.getByRole("radio", { name: "偶尔晚还" }).check();
  await page.getByRole("radio", { name: "没有接听或回复" }).check();
  await page.getByRole("button", { name: "查看我的时间线" }).click();

  await expect(page).toHaveURL(/\/timeline#/);
  await expect(page.getByRole("heading", { name: "您的时间线" })).toBeVisible();
  const fragment = new URL(page.url()).hash;
  expect(fragment, "answers are in the fragment").toContain(AMOUNT);

  // A fresh load of the same timeline URL (bookmark, reload) must not leak either,
  // now from the service worker, which has precached the site meanwhile.
  await waitForWorker(page);
  await page.reload();
  await expect(page.getByRole("heading", { name: "您的时间线" })).toBeVisible();
  await page.waitForLoadState("networkidle", { timeout: 3_000 }).catch(() => undefined);

  expect(recorded.length).toBeGreaterThan(0);
  expect(recorded.filter((r) => r.fromWorker).length, "the worker's own requests are among those checked").toBeGreaterThan(20);
  const origin = new URL(baseURL!).origin;
  const secrets = [AMOUNT, due, `days=${DAYS}`, `days%3D${DAYS}`, "product=", "contact=", "history="];
  for (const r of recorded) {
    if (r.url.startsWith("data:") || r.url.startsWith("blob:")) continue;
    expect(new URL(r.url).origin, `request to another origin: ${r.url}`).toBe(origin);
    expect(r.url, "no fragment on the wire").not.toContain("#");
    const wire = `${r.method} ${r.url}\n${Object.entries(r.headers).map(([k, v]) => `${k}: ${v}`).join("\n")}\n\n${r.body}`;
    for (const s of secrets) expect(wire, `request ${r.method} ${r.url} carries "${s}"`).not.toContain(s);
  }

  expect(await context.cookies(), "cookies").toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe("");
  const stored = await page.evaluate(() =>
    JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)]),
  );
  expect(stored, "answers are not written to web storage").not.toContain(AMOUNT);

  // Cache Storage: the site's public files, each a file of the build, nothing else.
  const cached = await cachedUrls(page);
  expect(cached.length, "the worker precached the build").toBeGreaterThan(50);
  for (const entry of cached) {
    const url = new URL(entry);
    expect(url.origin, entry).toBe(origin);
    expect(url.hash, entry).toBe("");
    expect([...url.searchParams.keys()].filter((k) => k !== "__WB_REVISION__"), `${entry}: no query but the revision`).toEqual([]);
    expect(existsSync(join(OUT, decodeURIComponent(url.pathname))), `${entry} is a file of the build`).toBe(true);
    for (const s of secrets) expect(entry, `cached ${entry} carries "${s}"`).not.toContain(s);
  }
});

// The 来电记录 keeps nothing until the person turns it on (the full flow with the log on,
// including that no request leaves the origin, is in call-log.spec.ts).
test("the call log stores nothing and sends nothing before it is turned on", async ({ page, context, baseURL }) => {
  const recorded: Request[] = [];
  context.on("request", (r) => recorded.push(r));
  await page.goto("/call-log#role=contact&caller=agency&said=debt");
  const form = page.getByRole("form", { name: "记一条新记录" });
  await form.getByRole("radio", { name: "短信", exact: true }).check();
  // The prefilled box opens the optional part already.
  const details = form.locator("details");
  if ((await details.getAttribute("open")) === null) await details.locator("summary").click();
  await form.getByLabel("备注（选填）：对方说了什么").fill("隐私测试-5820");
  await form.getByRole("button", { name: "记下这一条" }).click();
  await expect(page.locator("[data-entry]")).toHaveCount(1);
  await page.waitForTimeout(2_000); // past the idle fetch of the storage code
  expect(await page.evaluate(async () => (await indexedDB.databases()).length), "no IndexedDB database").toBe(0);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length), "no web storage").toBe(0);
  expect(await context.cookies()).toEqual([]);
  const origin = new URL(baseURL!).origin;
  for (const r of recorded) {
    if (r.url().startsWith("data:") || r.url().startsWith("blob:")) continue;
    expect(new URL(r.url()).origin).toBe(origin);
    expect(`${r.url()} ${r.postData() ?? ""}`).not.toContain("5820");
  }
});
