// Shared e2e fixture: every test that imports `test` from here and uses `page` fails
// when that page reports a Content-Security-Policy violation, a console error, or an uncaught
// exception. Violations are caught with a `securitypolicyviolation` listener
// installed before any page script runs (some never reach the console).
//
//   import { test, expect } from "./helpers/fixtures";
//   test("…", async ({ page }) => { … });          // checked automatically
//   test.use({ allowConsoleErrors: [/favicon/] });  // opt out for known noise
import { test as base, expect, type Page } from "@playwright/test";

export interface PageProblems {
  cspViolations: string[];
  consoleErrors: string[];
  pageErrors: string[];
}

interface Fixtures {
  /** regexps of console errors a test expects (e.g. the 404 a not-found test provokes) */
  allowConsoleErrors: RegExp[];
}

const VIOLATION_BINDING = "__e2eReportCspViolation";

export async function watchPage(page: Page, problems: PageProblems, allow: RegExp[] = []): Promise<void> {
  await page.exposeFunction(VIOLATION_BINDING, (v: string) => {
    problems.cspViolations.push(v);
  });
  await page.addInitScript((binding: string) => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as Record<string, (s: string) => void>)[binding];
      report?.(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile || document.location.pathname}:${e.lineNumber}`);
    });
  }, VIOLATION_BINDING);
  page.on("console", (msg) => {
    if (msg.type() !== "error") return;
    const text = msg.text();
    if (/Content.Security.Policy|Refused to/i.test(text)) problems.cspViolations.push(text);
    else if (!allow.some((re) => re.test(text))) problems.consoleErrors.push(`${text} (${msg.location().url})`);
  });
  page.on("pageerror", (err) => problems.pageErrors.push(err.message));
}

// The checks wrap the `page` fixture itself, so a test that opens no page (raw HTTP,
// counts) costs no browser context.
export const test = base.extend<Fixtures>({
  allowConsoleErrors: [[], { option: true }],
  page: async ({ page, allowConsoleErrors, javaScriptEnabled }, run, testInfo) => {
    const problems: PageProblems = { cspViolations: [], consoleErrors: [], pageErrors: [] };
    // exposeFunction/addInitScript need JavaScript; with it off, only the console is watched.
    if (javaScriptEnabled !== false) await watchPage(page, problems, allowConsoleErrors);
    await run(page);
    if (testInfo.status === "skipped") return;
    expect(problems.cspViolations, "Content-Security-Policy violations").toEqual([]);
    expect(problems.consoleErrors, "console errors").toEqual([]);
    expect(problems.pageErrors, "uncaught exceptions").toEqual([]);
  },
});

export { expect };

/** Parsed Content-Security-Policy: directive -> sources. */
export function parseCsp(header: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of header.split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), values);
  }
  return map;
}
