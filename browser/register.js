// The one small script every page loads, the reading pages too, which ship no other
// script. The build minifies it to out/sw-register.js (build/steps/worker-registration.mjs).
// Hand-written rather than @serwist/window (about 3 KiB gzip): on reading pages it is
// the only framework-free script besides the Traditional suggestion on Simplified pages,
// and the client budget keeps it at 1 KiB (npm run budget).
//
// It registers the service worker of this page's script after the page has loaded
// (/sw.js, or /sw-zh-Hant.js with scope /zh-Hant on Traditional pages: the rule
// SERVICE_WORKERS in build/site/own-scripts.cjs follows, tested in
// tests/unit/static/own-scripts.test.ts), and when a new build's worker waits, loads the update
// bar (browser/update-notice.js) on demand, by the name the build defines for it
// (UPDATE_NOTICE_PATH, build/site/own-scripts.cjs).
/* global UPDATE_NOTICE_PATH */
(() => {
  const sw = navigator.serviceWorker;
  if (!sw) return;
  // Only a new build of the worker that controls this page: the same script waiting. A
  // first visit that switches script (/ then /zh-Hant) has the page under /sw.js while
  // /sw-zh-Hant.js installs for the first time, which is no update (issue 27).
  const offer = (/** @type {ServiceWorker | null} */ waiting) => waiting && sw.controller?.scriptURL == waiting.scriptURL && import(UPDATE_NOTICE_PATH).then((m) => m.offer(waiting));
  // "" or "-zh-Hant": /sw.js with scope /, or /sw-zh-Hant.js with scope /zh-Hant.
  const script = location.pathname.startsWith("/zh-Hant") ? "-zh-Hant" : "";
  // After the page has loaded: the precache download must not compete with it.
  addEventListener("load", () =>
    sw.register(`/sw${script}.js`, { scope: `/${script.slice(1)}` }).then((reg) => {
      // No registration when a test harness blocks workers (Playwright's serviceWorkers: "block").
      if (!reg) return;
      offer(reg.waiting);
      // Property handlers rather than addEventListener: fewer bytes on every page.
      reg.onupdatefound = () => {
        const next = /** @type {ServiceWorker} */ (reg.installing);
        next.onstatechange = () => next.state == "installed" && offer(next);
      };
    }),
  );
})();
