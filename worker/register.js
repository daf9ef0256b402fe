// Registers the service worker (/sw.js) and offers a new version. The build minifies
// this file to out/sw-register.js and every page loads it, the reading pages too,
// which ship no other script (scripts/lib/service-worker.mjs).
// Hand-written rather than @serwist/window (about 3 KiB gzip): on reading pages it is
// the only script, and the client budget keeps it at 1 KiB (npm run budget). The
// notice is made here, not rendered into every page, for the same reason: every byte
// of a reading page's HTML counts against its first round trip.
//
// Update: when a new build's worker has installed and waits, a calm bar at the bottom
// (#update-notice) says so. 刷新 tells the waiting worker to take
// over (SKIP_WAITING, handled by Serwist) and reloads once it has, so the whole page
// comes from the new build; 稍后 closes the bar. Until then this tab keeps the old
// build, all of it.
(() => {
  const sw = navigator.serviceWorker;
  if (!sw) return;
  let reload = false;
  const offer = (waiting) => {
    if (!waiting || !sw.controller || document.getElementById("update-notice")) return;
    const bar = document.createElement("div");
    bar.id = "update-notice";
    bar.role = "status";
    // Utility classes the stylesheet already has (no new CSS on every page); the
    // position, which none of them gives, set here. The text on one row, the two
    // buttons below it: at 360 px the three do not fit on one.
    bar.className = "flex flex-wrap gap-3 border-t border-line bg-card p-4";
    bar.style.cssText = "position:fixed;inset-inline:0;bottom:0";
    const button = "min-h-11 rounded-lg px-4";
    // Outside any form, so the buttons need no type.
    bar.innerHTML = `<p class="w-full">已更新，刷新即可看到新内容。</p><button class="${button} bg-accent font-semibold text-accent-fg">刷新</button><button class="${button} border border-line">稍后</button>`;
    const [now, later] = bar.querySelectorAll("button");
    now.onclick = () => {
      reload = true;
      waiting.postMessage({ type: "SKIP_WAITING" });
    };
    later.onclick = () => bar.remove();
    document.body.append(bar);
  };
  sw.addEventListener("controllerchange", () => {
    if (reload) location.reload();
  });
  // After the page has loaded: the precache download must not compete with it.
  addEventListener("load", () =>
    sw.register("/sw.js").then((reg) => {
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
