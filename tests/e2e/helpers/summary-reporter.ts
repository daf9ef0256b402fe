// Prints one closing line "e2e: N passed, N failed, N skipped" (the plain form CI
// reads) and writes the counts to reports/e2e-summary.json for tools/test.sh.
import { mkdirSync, writeFileSync } from "node:fs";
import type { FullResult, Reporter, TestCase, TestResult } from "@playwright/test/reporter";

export default class SummaryReporter implements Reporter {
  private counts = { passed: 0, failed: 0, skipped: 0 };

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.retry < test.retries && result.status !== "passed" && result.status !== "skipped") return;
    if (result.status === "passed") this.counts.passed++;
    else if (result.status === "skipped") this.counts.skipped++;
    else this.counts.failed++;
  }

  onEnd(result: FullResult): void {
    mkdirSync("reports", { recursive: true });
    writeFileSync("reports/e2e-summary.json", JSON.stringify({ ...this.counts, status: result.status }));
    const { passed, failed, skipped } = this.counts;
    console.log(`\ne2e: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }

  printsToStdio(): boolean {
    return true;
  }
}
