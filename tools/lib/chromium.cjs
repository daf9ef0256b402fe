// Debian's Chromium, as every browser run of the project starts it: the e2e tests
// (playwright.config.ts), Lighthouse (tools/lighthouse.mjs) and the offline figures
// (tools/offline-figures.mjs). Playwright's own browser download is not reachable
// here. As root, with no GPU and a small /dev/shm; and without the background
// connections (updates, sync) that this machine's closed network refuses, many at a time.
"use strict";

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

module.exports = { CHROMIUM_PATH, CHROMIUM_FLAGS };
