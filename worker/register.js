// Registers the service worker (/sw.js) and shows the update notice. The build
// minifies this file to out/sw-register.js and every page loads it, the reading pages
// too, which ship no other script (scripts/lib/service-worker.mjs).
// Hand-written rather than @serwist/window (about 3 KiB gzip): on reading pages it is
// the only script, and the client budget keeps it under 1 KiB.
//
// Update: when a new build's worker has installed and waits, the notice
// (#update-notice, in the page's HTML, hidden) appears. 刷新 tells the waiting worker
// to take over (SKIP_WAITING, handled by Serwist) and reloads once it has, so the
// whole page comes from the new build; 稍后 hides the notice. Until then this tab
// keeps the old build, all of it.
(() => {
  const sw = navigator.serviceWorker;
  if (!sw) return;
  let reload = false;
  const notice = () => document.getElementById("update-notice");
  const offer = (waiting) => {
    const el = notice();
    if (!waiting || !sw.controller || !el) return;
    el.hidden = false;
    el.querySelector("[data-update=reload]").onclick = () => {
      reload = true;
      waiting.postMessage({ type: "SKIP_WAITING" });
    };
    el.querySelector("[data-update=later]").onclick = () => {
      el.hidden = true;
    };
  };
  sw.addEventListener("controllerchange", () => {
    if (reload) location.reload();
  });
  // After the page has loaded: the precache download must not compete with it.
  addEventListener("load", () =>
    sw.register("/sw.js").then((reg) => {
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
