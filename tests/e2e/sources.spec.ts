// Source pages: one per source, each saying what it is, when it was written, what it
// claims (linked to where each claim is shown), where it agrees and disagrees, and how
// much weight to give it; and the overview with the disagreement at a glance.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./helpers/fixtures";
import { allPrerenderedPaths } from "./helpers/routes";

/** Every source page the build prerendered (the static /sources/claims is not a source). */
const sourcePaths = allPrerenderedPaths().filter((p) => /^\/sources\/[^/]+$/.test(p) && p !== "/sources/claims");

test("every source has a prerendered page", () => {
  expect(sourcePaths.length).toBeGreaterThan(20);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("/sources shows each source's day for calling emergency contacts as a chart and a table", async ({ page }) => {
    await page.goto("/sources");
    const chart = page.locator("[data-chart=emergency-contact-called]");
    await expect(chart).toBeVisible();
    const bars = await chart.locator("li").count();
    expect(bars).toBeGreaterThanOrEqual(3);
    const table = page.locator("#event-emergency-contact-called table");
    await expect(table).toBeVisible();
    const dated = await table.locator("tbody tr td:last-child").evaluateAll((tds) => tds.filter((td) => /第\d/.test(td.textContent ?? "")).length);
    expect(dated).toBe(bars);
    // Every source is listed and linked.
    await expect(page.locator("#by-source ~ div a[data-source-id]")).toHaveCount(sourcePaths.length);
  });

  test("every source page says what it is, when, what it claims and how much weight to give it, and every claim it links to is shown where the link points", async ({ page }) => {
    test.setTimeout(30_000 + sourcePaths.length * 5_000);
    const targets = new Set<string>();
    for (const path of sourcePaths) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(200);
      for (const part of ["h1", "#what", "#weight", "#claims", "#compare"]) await expect(page.locator(part), `${path} ${part}`).toBeVisible();
      await expect(page.getByText("日期", { exact: true }), path).toBeVisible();
      await expect(page.locator('meta[property="og:title"]'), path).toHaveAttribute("content", /来源/);
      for (const href of await page.locator("[data-claim-ref] a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""))) targets.add(href);
    }
    expect(targets.size, "claims linked from source pages").toBeGreaterThan(10);
    const byPage = new Map<string, string[]>();
    for (const t of targets) {
      const [p, id] = t.split("#") as [string, string];
      byPage.set(p, [...(byPage.get(p) ?? []), id]);
    }
    for (const [p, ids] of byPage) {
      await page.goto(p);
      for (const id of ids) expect(await page.locator(`[id="${id}"]`).count(), `${p}#${id}`).toBe(1);
    }
  });
});

test("the seven-day article's page shows that it is earlier than the middle of the sources", async ({ page }) => {
  await page.goto("/sources/article-seven-days");
  await expect(page.getByText("比居中的说法早").first()).toBeVisible();
});

test("axe finds no violations on /sources, /sources/claims and two source pages", async ({ page }) => {
  for (const path of ["/sources", "/sources/claims", "/sources/article-seven-days", "/sources/law-civil-code-contracts"]) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }
});
