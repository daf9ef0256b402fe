// The one small script every page loads, the reading pages too, which ship no other
// script. The build minifies it to out/sw-register.js (scripts/lib/service-worker.mjs).
// Hand-written rather than @serwist/window (about 3 KiB gzip): on reading pages it is
// the only script, and the client budget keeps it at 1 KiB (npm run budget). Two jobs:
//
// 1. Registers the service worker of this page's script after the page has loaded
//    (/sw.js, or /sw-zh-Hant.js with scope /zh-Hant on Traditional pages: see WORKERS
//    in scripts/lib/service-worker.mjs), and when a new build's worker waits, loads the
//    update bar (worker/update-notice.js) on demand.
// 2. Keeps the answers on the 繁/简 link ([data-script-switch], components/script-switch.tsx):
//    the build wrote the twin page's address; on /, /timeline, /plan and /call-log the
//    answers live in the fragment, so the link takes this page's fragment whenever it
//    may be used (pointer, keyboard focus, or the fragment changing). Done here rather
//    than in a React component, which would add a chunk to each of those pages.
(() => {
  const keepFragment = () => {
    for (const a of document.querySelectorAll("[data-script-switch]")) a.href = a.getAttribute("href").split("#")[0] + location.hash;
  };
  keepFragment();
  for (const type of ["hashchange", "pointerdown", "focusin"]) addEventListener(type, keepFragment, true);

  const sw = navigator.serviceWorker;
  if (!sw) return;
  const offer = (waiting) => waiting && sw.controller && import("/sw-update-notice.js").then((m) => m.offer(waiting));
  // After the page has loaded: the precache download must not compete with it.
  const hant = /^\/zh-Hant(\/|$)/.test(location.pathname);
  addEventListener("load", () =>
    sw.register(hant ? "/sw-zh-Hant.js" : "/sw.js", { scope: hant ? "/zh-Hant" : "/" }).then((reg) => {
      // No registration when a test harness blocks workers (Playwright's serviceWorkers: "block").
      if (!reg) return;
      offer(reg.waiting);
      reg.addEventListener("updatefound", () => {
        const next = reg.installing;
        next?.addEventListener("statechange", () => {
          if (next.state === "installed") offer(next);
        });
      });
    }),
  );
})();
