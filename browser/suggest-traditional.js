// 逾期明白: suggests the Traditional Chinese page to a browser whose language list prefers
// Traditional (its first Chinese entry is zh-TW, zh-HK, zh-MO or zh-Hant…). Computed here,
// in the browser; never a redirect, nothing stored: 不用了 hides it for this page view.
// Minified and added to every Simplified page by build/postbuild.mjs
// (addTraditionalSuggestion, build/steps/traditional-suggestion.mjs); budget 1 KiB.
// Styled here rather than in the shared stylesheet, which every page downloads.
(function () {
  var langs = navigator.languages || [navigator.language];
  for (var i = 0; i < langs.length; i++) {
    var lang = String(langs[i]).toLowerCase();
    if (lang.indexOf("zh") !== 0) continue;
    if (!/^zh-(tw|hk|mo|hant)\b/.test(lang)) return;
    var twin = document.querySelector("[data-script-switch]");
    if (!twin) return;
    var body = document.body;
    var box = document.createElement("div");
    box.className = "print:hidden";
    box.lang = "zh-Hant";
    box.setAttribute("role", "note");
    // Fixed at the bottom: adding it moves nothing on the page (no layout shift).
    box.style.cssText =
      "position:fixed;inset:auto 0 0;display:flex;justify-content:center;gap:1rem;padding:.5rem;border-top:1px solid var(--line);background:var(--card);color:var(--fg)";
    var link = document.createElement("a");
    link.textContent = "本頁有繁體中文版";
    // A flex item: as tall as the button beside it, so an easy target.
    // Read when followed: on the check, timeline, plan and call log the link carries the answers.
    link.href = /** @type {string} */ (twin.getAttribute("href"));
    link.onclick = function () {
      link.href = /** @type {string} */ (/** @type {Element} */ (twin).getAttribute("href"));
    };
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "不用了";
    close.style.cssText = "padding:.6rem .75rem;border:1px solid var(--line);border-radius:.4rem";
    close.onclick = function () {
      box.remove();
      body.style.paddingBottom = "";
    };
    box.append(link, close);
    body.append(box);
    // Room below the footer, so the bar never covers the page's last lines.
    body.style.paddingBottom = "4rem";
    return;
  }
})();
