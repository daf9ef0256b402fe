import { defineConfig, devices, type LaunchOptions } from "@playwright/test";

// Production server on a port of its own (3100-3199 are for tooling runs).
// scripts/test.sh runs `next build` first; the webServer command only makes sure
// the post-build steps (CSP hashes, compile hints) were applied to that build, then starts the app's own
// server (server.mjs, as `npm start` does) and waits until its precompressed
// responses are in memory.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

// Debian's Chromium: Playwright's own browser download is not reachable here.
// A device descriptor does not carry launch options, so each project sets them.
const launchOptions: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  // Bounded whatever happens (a killed run would leave the server behind).
  globalTimeout: 15 * 60_000,
  expect: { timeout: 5_000 },
  // list per test, then one "e2e: N passed, N failed, N skipped" closing line.
  reporter: [["list"], ["./tests/e2e/helpers/summary-reporter.ts"]],
  outputDir: "test-results",
  use: {
    baseURL,
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  },
  projects: [
    {
      name: "phone",
      // HTTP-only checks (tagged @headers) do not depend on the device: desktop runs them.
      grepInvert: /@headers/,
      use: {
        ...devices["Pixel 7"],
        browserName: "chromium",
        defaultBrowserType: "chromium",
        viewport: { width: 360, height: 740 },
        screen: { width: 360, height: 740 },
        isMobile: true,
        hasTouch: true,
        launchOptions,
      },
    },
    {
      name: "desktop",
      use: {
        ...devices["Desktop Chrome"],
        browserName: "chromium",
        viewport: { width: 1280, height: 800 },
        launchOptions,
      },
    },
  ],
  webServer: {
    command: `node scripts/postbuild.mjs --if-needed && exec node server.mjs -H 127.0.0.1 -p ${port}`,
    // Ready once the precompressed responses are in memory (a `url` check would race
    // that: Playwright starts on whichever comes first).
    wait: { stdout: /static responses ready/ },
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "pipe",
    stderr: "pipe",
    env: { NEXT_TELEMETRY_DISABLED: "1" },
  },
});
