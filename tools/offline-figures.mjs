#!/usr/bin/env node
// `npm run figures:offline`: how soon /timeline#… shows its result (the current stage,
// computed in the browser) on a slow phone connection, for a first visit, a repeat visit
// with only the HTTP cache (service worker blocked), and a repeat visit with the service
// worker warm. Debian's Chromium through Playwright, 360x740, DevTools throttling as
// Lighthouse's mobile preset describes the link (150 ms round trip, 1.6 Mbps down,
// 750 kbps up) and a 4x slower CPU; serve/server.mjs serving out/. Prints the median and range
// of --runs runs (default 5) and the precache size. Not part of npm test.
//
// Options: --runs N  --port N (default OFFLINE_FIGURES_PORT or 3107)  --build
import { statSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { TIMELINE_FRAGMENT } from "../build/site/routes.cjs";
import { OUT, ensureBuild, startServer } from "../serve/servers.mjs";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./lib/chromium.cjs";

const args = process.argv.slice(2);
const option = (/** @type {string} */ name, /** @type {number} */ dflt) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : dflt);
const runs = Math.max(1, Math.min(option("runs", 5), 15));
const port = option("port", Number(process.env.OFFLINE_FIGURES_PORT || 3107));
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;
const RESULT = '[aria-current="step"]';

ensureBuild({ rebuild: args.includes("--build") });
const server = await startServer({ port });
const url = `${server.url}/timeline#${TIMELINE_FRAGMENT}`;
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_FLAGS,
});

/** @param {import("playwright-core").Page} page */
async function throttled(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", NETWORK);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  return cdp;
}

/** ms from the navigation's start until the result is on screen, measured in the page. @param {import("playwright-core").Page} page */
async function timeToResult(page) {
  await page.goto(url, { waitUntil: "commit" });
  const handle = await page.waitForFunction((/** @type {string} */ sel) => (document.querySelector(sel) ? performance.now() : false), RESULT, { polling: "raf", timeout: 60_000 });
  return Math.round(/** @type {number} */ (await handle.jsonValue()));
}

/** @param {"allow" | "block"} serviceWorkers @param {boolean} warm */
async function measure(serviceWorkers, warm) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, serviceWorkers, locale: "zh-CN" });
  try {
    const page = await context.newPage();
    if (warm) {
      await page.goto(url);
      await page.waitForSelector(RESULT);
      if (serviceWorkers === "allow") {
        await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
        await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      }
      await page.goto("about:blank");
    }
    await throttled(page);
    return await timeToResult(page);
  } finally {
    await context.close();
  }
}

/** @type {[label: string, serviceWorkers: "allow" | "block", warm: boolean][]} */
const cases = [
  ["first visit", "block", false],
  ["repeat visit, HTTP cache only", "block", true],
  ["repeat visit, service worker warm", "allow", true],
];
/** @type {{ label: string, median: number, min: number, max: number }[]} */
const results = [];
try {
  for (const [label, sw, warm] of cases) {
    const times = [];
    for (let i = 0; i < runs; i++) times.push(await measure(sw, warm));
    times.sort((a, b) => a - b);
    results.push({ label, median: times[Math.floor(times.length / 2)] ?? NaN, min: times[0] ?? NaN, max: times.at(-1) ?? NaN });
  }
} finally {
  await browser.close();
  server.stop();
}

console.log(`\n/timeline#… to its rendered result, ${runs} runs each (150 ms RTT, 1.6 Mbps down, 750 kbps up, CPU ${CPU_SLOWDOWN}x slower; 360x740):`);
for (const r of results) console.log(`  ${r.label.padEnd(36)} median ${String(r.median).padStart(5)} ms  (${r.min}–${r.max})`);
const worker = readFileSync(join(OUT, "sw.js"), "utf8");
const urls = [...new Set([...worker.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]))];
const wire = urls.reduce((n, u) => {
  const f = join(OUT, u ?? "");
  return n + statSync(existsSync(`${f}.br`) ? `${f}.br` : f).size;
}, 0);
console.log(`precache: ${urls.length} files, ${(wire / 1024).toFixed(0)} KiB over the wire (brotli), plus /sw.js ${(statSync(join(OUT, "sw.js.br")).size / 1024).toFixed(1)} KiB`);
