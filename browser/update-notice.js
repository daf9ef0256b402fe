// The update bar, loaded by /sw-register.js (browser/register.js) only when a new build's
// worker has installed and waits, so no page downloads it otherwise. The build minifies
// it to out/sw-update-notice.js (build/steps/worker-registration.mjs), with its words in both
// scripts (NOTICE_TEXTS, from browser/update-notice-texts.json): one file serves both sites.
//
// A calm bar at the bottom says so. 刷新 tells the waiting worker to take over
// (SKIP_WAITING, handled by Serwist) and reloads once it has, so the whole page comes
// from the new build; 稍后 closes the bar. Until then this tab keeps the old build, all
// of it. When 刷新 is pressed in another tab, the new build takes this tab's worker too:
// the bar comes back and asks for a reload (no automatic one, which could throw away
// what the person is typing here), since what this page loads next would come from the
// new build.
/* global NOTICE_TEXTS */
/** @param {ServiceWorker | null} waiting the new build's worker, waiting to take over */
export function offer(waiting) {
  const sw = navigator.serviceWorker;
  const t = NOTICE_TEXTS[document.documentElement.lang === "zh-Hant" ? "hant" : "hans"];
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
  bar.innerHTML = `<p class="w-full">${t.updated}</p><button class="${button} bg-accent font-semibold text-accent-fg">${t.refresh}</button><button class="${button} border border-line">${t.later}</button>`;
  const text = /** @type {HTMLParagraphElement} */ (bar.querySelector("p"));
  const [now, later] = /** @type {[HTMLButtonElement, HTMLButtonElement]} */ (/** @type {unknown} */ (bar.querySelectorAll("button")));
  let here = false;
  now.onclick = () => {
    here = true;
    waiting.postMessage({ type: "SKIP_WAITING" });
  };
  later.onclick = () => bar.remove();
  sw.addEventListener("controllerchange", () => {
    if (here) return location.reload();
    text.textContent = t.updatedElsewhere;
    now.onclick = () => location.reload();
    later.remove();
    if (!bar.isConnected) document.body.append(bar);
  });
  document.body.append(bar);
}
