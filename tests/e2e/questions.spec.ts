// The Q&A library: every question page prerendered and readable without JavaScript,
// every figure on it rendered from an engine claim, every cited source real, and every
// call to action opening the check with the question's situation filled in.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./helpers/fixtures";
import { allPrerenderedPaths } from "./helpers/routes";

/** Every question page the build prerendered (the static /questions/advice is not a question). */
const questionPaths = allPrerenderedPaths().filter((p) => /^\/questions\/[^/]+$/.test(p) && p !== "/questions/advice");

/** A day, week or month count written as text. */
const FIGURE = /(?<!哪)[0-9０-９零一二三四五六七八九十百两]+\s*(天|日|个月|月|周|星期)/;

/** The answer's text with everything that comes from data removed: what is left was written by hand. */
async function handWrittenText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = document.querySelectorAll("[data-short-answer], [data-detail]");
    return [...parts]
      .map((part) => {
        const copy = part.cloneNode(true) as HTMLElement;
        copy.querySelectorAll("[data-claim], [data-situation], [data-source-id]").forEach((n) => n.remove());
        return copy.textContent ?? "";
      })
      .join("\n");
  });
}

test("the library has 15-30 prerendered questions", () => {
  expect(questionPaths.length).toBeGreaterThanOrEqual(15);
  expect(questionPaths.length).toBeLessThanOrEqual(30);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("every question page shows its answer, its sources and a way on, with every figure from a claim", async ({ page, request }) => {
    test.setTimeout(30_000 + questionPaths.length * 5_000);
    for (const path of questionPaths) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(200);
      await expect(page.locator("h1"), path).toBeVisible();
      await expect(page.locator("[data-short-answer]"), path).toBeVisible();
      await expect(page.locator("[data-detail]"), path).toBeVisible();
      expect(await handWrittenText(page), `${path}: hand-written text has no figure`).not.toMatch(FIGURE);
      // Claims appear as data: at least one figure or claim title on every page.
      expect(await page.locator("[data-detail] [data-claim], [data-short-answer] [data-claim]").count(), `${path}: claims`).toBeGreaterThan(0);

      const sourceIds = await page.locator("section[aria-labelledby=sources] [data-source-id]").evaluateAll((els) =>
        els.map((e) => e.getAttribute("data-source-id")),
      );
      expect(sourceIds.length, `${path}: sources`).toBeGreaterThan(0);
      for (const id of new Set(sourceIds)) {
        expect((await request.get(`/sources/${id}`)).status(), `${path}: source ${id}`).toBe(200);
      }
      const cta = page.locator("a[data-cta=check]");
      await expect(cta, path).toBeVisible();
      expect(await cta.getAttribute("href"), path).toMatch(/^\/(#.+)?$/);

      const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
      expect(ld["@type"], path).toBe("FAQPage");
      expect(ld.mainEntity[0].name, path).toBe(await page.locator("h1").textContent());
      await expect(page.locator('meta[name="description"]'), path).toHaveAttribute("content", /.{20,}/);
      await expect(page.locator('meta[property="og:title"]'), path).toHaveAttribute("content", /.+/);
      await expect(page.locator('link[rel="canonical"]'), path).toHaveAttribute("href", new RegExp(`${path}$`));
    }
  });

  test("/questions lists every question", async ({ page }) => {
    await page.goto("/questions");
    await expect(page.locator("[data-question]")).toHaveCount(questionPaths.length);
    // The search needs script: without it the box is hidden and cannot be used, and keeps its place.
    await expect(page.locator("#question-search")).toBeHidden();
    await expect(page.locator("#question-search")).toBeDisabled();
    await expect(page.getByRole("searchbox")).toHaveCount(0);
  });
});

test("every question's call to action opens the check with the question's situation filled in", async ({ page, request }) => {
  // Many questions share a situation: each distinct link is followed once, from the first page that has it.
  const firstPageOf = new Map<string, string>();
  for (const path of questionPaths) {
    const html = await (await request.get(path)).text();
    const href = /<a\b[^>]*\bdata-cta="check"[^>]*>/.exec(html)?.[0].match(/\bhref="([^"]*)"/)?.[1]?.replace(/&amp;/g, "&");
    expect(href, `${path}: a call to action`).toMatch(/^\/(#.+)?$/);
    if (!firstPageOf.has(href!)) firstPageOf.set(href!, path);
  }
  expect(firstPageOf.size, "distinct situations").toBeGreaterThan(3);
  test.setTimeout(30_000 + firstPageOf.size * 6_000);
  for (const [href, path] of firstPageOf) {
    await page.goto(path);
    const cta = page.locator("a[data-cta=check]");
    await expect(cta, path).toHaveAttribute("href", href);
    const prefill = new URLSearchParams(href.split("#")[1] ?? "");
    await cta.click();
    await expect(page, path).toHaveURL((url) => url.pathname === "/" && url.hash === (href.includes("#") ? `#${href.split("#")[1]}` : ""));
    await expect(page.locator("form[aria-label]").first(), path).toBeVisible();
    const days = prefill.get("days");
    if (days !== null) await expect(page.locator("#field-days"), path).toHaveValue(days);
    for (const key of ["product", "contact", "history"]) {
      const value = prefill.get(key);
      if (value !== null) await expect(page.locator(`input[name=${key}][value=${value}]`), `${path}: ${key}`).toBeChecked();
    }
  }
});

test("searching the library filters it in the page, without a request", async ({ page }) => {
  await page.goto("/questions");
  const box = page.getByLabel("搜索问题");
  await expect(box).toBeVisible();
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await box.fill("征信");
  await expect(page.locator("[data-question=credit-report]")).toBeVisible();
  await expect(page.locator("[data-question=home-visit]")).toHaveCount(0);
  await box.fill("紧急联系人 多久");
  await expect(page.locator("[data-question=when-emergency-contact-called]")).toBeVisible();
  await box.fill("完全不相关的词语");
  await expect(page.getByText("没有找到相关的问题")).toBeVisible();
  await box.fill("");
  await expect(page.locator("[data-question]")).toHaveCount(questionPaths.length);
  // Only the framework's own files and link prefetches (?_rsc=) may load; nothing carries the query.
  expect(requests.filter((u) => !/\/_next\/static\/|[?&]_rsc=/.test(u))).toEqual([]);
  expect(requests.filter((u) => /%E5%BE%81|征信/.test(u))).toEqual([]);
});

test("/questions/advice holds every advice item and rule the answers point to", async ({ page }) => {
  await page.goto("/questions/advice");
  await expect(page.locator("[id^=advice-]").first()).toBeVisible();
  await expect(page.locator("[id^=rule-]").first()).toBeVisible();
});

test("sitemap.xml lists every question and robots.txt points to it", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const path of questionPaths) expect(sitemap).toContain(`${path}</loc>`);
  expect(sitemap).toContain("/sources</loc>");
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
});

test("axe finds no violations on /questions, a question page and /questions/advice", async ({ page }) => {
  for (const path of ["/questions", questionPaths[0] ?? "/questions", "/questions/advice"]) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }
});
