/**
 * 来电记录 figures (`npm run bench:call-log`); they are printed, not asserted.
 *
 * 1. Engine: how long `checkLog` takes for 5,000 and 50,000 entries (goal: < 20 ms and
 *    < 200 ms on this machine), median of several runs after a warm-up.
 * 2. Page (skip with --engine-only): the production /call-log in Chromium with 5,000
 *    entries imported into its IndexedDB, then the latency of typical interactions:
 *    from the click to the next frame after React has updated the page.
 *
 * Options: --engine-only · --port N (default $LOAD_PORT or 3104) · --build (rebuild first)
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { loadCallLogRules, loadContent } from "@/content";
import { checkLog } from "@/lib/call-log/check";
import { toLogDocument } from "@/lib/call-log/log-format";
import { sampleLog } from "./lib/sample-call-log";

const callLogRules = loadCallLogRules();
const content = loadContent();
const args = process.argv.slice(2);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

function benchEngine() {
  console.log("checkLog (engine), median of runs after warm-up:");
  for (const n of [5_000, 50_000]) {
    const log = sampleLog(n);
    for (let i = 0; i < 3; i++) checkLog(log, callLogRules, content.sources);
    const runs = n > 10_000 ? 9 : 31;
    const times: number[] = [];
    const cpu: number[] = [];
    let findings = 0;
    for (let i = 0; i < runs; i++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      findings = checkLog(log, callLogRules, content.sources).length;
      times.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
    const goal = n === 5_000 ? 20 : 200;
    // CPU time is what one core spends, even when other work shares the machine; wall time
    // is what a person waits, and the two agree on an idle machine.
    console.log(`  ${n.toLocaleString("en")} entries: CPU ${median(cpu).toFixed(1)} ms, wall ${median(times).toFixed(1)} ms (wall min ${Math.min(...times).toFixed(1)}; ${findings} findings; goal < ${goal} ms)`);
  }
}

async function benchPage() {
  const { ensureBuild, startServer } = await import("../serve/servers.mjs");
  ensureBuild({ rebuild: args.includes("--build") });
  const port = Number(args[args.indexOf("--port") + 1] || process.env.LOAD_PORT || 3104);
  const server = await startServer({ port });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  try {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: "zh-CN" });
    // Today must be after the sample's last day; the page reads the clock for "now".
    await page.clock.setFixedTime(new Date("2026-12-01T12:00:00+08:00"));
    await page.goto(`${server.url}/call-log`);
    await page.getByRole("button", { name: "在本机保存记录" }).click();
    const dir = mkdtempSync(join(tmpdir(), "call-log-bench-"));
    const file = join(dir, "log.json");
    writeFileSync(file, JSON.stringify(toLogDocument(sampleLog(5_000, "2025-06-01", 10), "borrower", "2026-12-01T12:00")));
    await page.getByLabel("导入之前导出的 JSON").setInputFiles(file);
    await page.getByText("导入了5000条新记录").waitFor({ timeout: 60_000 });
    const t0 = Date.now();
    await page.reload();
    await page.locator("[data-entry]").first().waitFor({ timeout: 60_000 });
    console.log(`/call-log with 5,000 stored entries (Chromium, 360 px):`);
    console.log(`  reload until the log is shown: ${Date.now() - t0} ms`);

    /** Click, then wait for React's update and the frame after it. */
    const clickLatency = (selector: string) =>
      page.evaluate(async (sel) => {
        const target = document.querySelector<HTMLElement>(sel);
        if (!target) throw new Error(`no ${sel}`);
        const t = performance.now();
        const changed = new Promise<void>((resolve) => {
          const obs = new MutationObserver(() => {
            obs.disconnect();
            requestAnimationFrame(() => setTimeout(resolve, 0));
          });
          obs.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
        });
        target.click();
        await changed;
        return performance.now() - t;
      }, selector);

    const form = 'form[aria-label="记一条新记录"]';
    await page.locator(`${form} input[value="call-missed"]`).check();
    await page.locator(`${form} input[value="agency"]`).check();
    const add: number[] = [];
    const repeat: number[] = [];
    const choose: number[] = [];
    for (let i = 0; i < 10; i++) {
      await page.locator(`${form} input[value="call-missed"]`).check();
      add.push(await clickLatency(`${form} button[type="submit"]`));
      repeat.push(await clickLatency("form button:not([type=submit])"));
      choose.push(await clickLatency(`${form} input[value="${i % 2 ? "sms" : "call-answered"}"]`));
    }
    const more: number[] = [];
    for (let i = 0; i < 3; i++) {
      const button = page.getByRole("button", { name: /显示更早的记录/ });
      more.push(await button.evaluate(async (b) => {
        const t = performance.now();
        (b as HTMLButtonElement).click();
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        return performance.now() - t;
      }));
    }
    const line = (name: string, xs: number[]) => console.log(`  ${name}: median ${median(xs).toFixed(0)} ms, max ${Math.max(...xs).toFixed(0)} ms (${xs.length} runs)`);
    line("choose a channel", choose);
    line("记下这一条 (add, check, re-render)", add);
    line("同一号码又来了 (repeat)", repeat);
    line("显示更早的记录 (14 more days)", more);
    page.once("dialog", (d) => void d.accept());
    await page.getByRole("button", { name: "全部删除" }).click();
    await page.getByText("已全部删除").waitFor();
  } finally {
    await browser.close();
    server.stop();
  }
}

console.log(`load average (1 min) at start: ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores`);
benchEngine();
if (!args.includes("--engine-only")) {
  benchPage().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
