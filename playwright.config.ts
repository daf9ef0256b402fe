import { defineConfig, devices, type LaunchOptions } from "@playwright/test";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./tools/lib/chromium.cjs";

// Two servers of the same static site (out/, built by tools/test.sh or npm run build):
// npm start's (serve/server.mjs, sirv) on E2E_PORT, and nginx with the shipped config
// (deploy/nginx/site.conf) on E2E_NGINX_PORT. The phone and desktop projects run
// against serve/server.mjs, the "nginx" project against nginx (see projects below). Ports of
// their own (3100-3199 are for tooling runs).
const port = Number(process.env.E2E_PORT ?? 3100);
const nginxPort = Number(process.env.E2E_NGINX_PORT ?? 3105);
const baseURL = `http://127.0.0.1:${port}`;
const nginxURL = `http://127.0.0.1:${nginxPort}`;

// Debian's Chromium, started as every browser run of the project starts it (tools/lib/chromium.cjs).
// A device descriptor does not carry launch options, so each project sets them.
const launchOptions: LaunchOptions = { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS };

const desktop = {
  ...devices["Desktop Chrome"],
  browserName: "chromium" as const,
  viewport: { width: 1280, height: 800 },
  launchOptions,
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  // Bounded whatever happens (a killed run would leave the servers behind).
  globalTimeout: 13 * 60_000,
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
    // Every page registers the service worker, which precaches the whole site in the
    // background and then answers requests before page.route() can see them. The specs
    // about it (offline, privacy) allow it; the others test the pages as a first visit
    // gets them, without a worker's background downloads on two cores.
    serviceWorkers: "block",
  },
  // Which project runs what: every test runs once where it means something, because a
  // test that would only be skipped still costs a browser page.
  //   phone:   every user-facing spec, at 360 px (where the product is used), against
  //            npm start's server; not the HTTP-only checks (@headers) nor the route-by-
  //            route browser sweeps of security.spec (@browser): every phone spec already
  //            fails on any CSP violation or console error (helpers/fixtures.ts).
  //   desktop: the borrower check's main paths at 1280 px (@desktop), and the HTTP-only
  //            checks against npm start's server.
  //   nginx:   the files that depend on the server, against nginx with the shipped
  //            config: headers, serving, hostile requests, the browser sweeps, privacy
  //            with the service worker, reading without JavaScript, robustness.
  projects: [
    {
      name: "phone",
      testIgnore: ["serving.spec.ts", "hostile.spec.ts", "reading.spec.ts", "privacy.spec.ts", "robustness.spec.ts"],
      grepInvert: [/@headers/, /@browser/],
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
      testMatch: ["check.spec.ts", "security.spec.ts", "serving.spec.ts", "hostile.spec.ts"],
      grep: [/@headers/, /@desktop/],
      use: desktop,
    },
    {
      name: "nginx",
      testMatch: ["security.spec.ts", "serving.spec.ts", "hostile.spec.ts", "privacy.spec.ts", "reading.spec.ts", "robustness.spec.ts"],
      use: { ...desktop, baseURL: nginxURL },
    },
  ],
  webServer: [
    {
      // What `npm start` runs after its build.
      command: `exec node serve/server.mjs -H 127.0.0.1 -p ${port}`,
      url: `${baseURL}/`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      // What `npm run start:nginx` runs: nginx in the foreground with the shipped config.
      command: `exec node serve/start-nginx.mjs`,
      url: `${nginxURL}/`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "pipe",
      stderr: "pipe",
      env: { PORT: String(nginxPort) },
    },
  ],
});
