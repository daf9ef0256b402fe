// 逾期明白: suggests the Traditional Chinese page to a browser whose language list prefers
// Traditional (zh-TW, zh-HK, zh-MO, zh-Hant). Computed here, in the browser; never a
// redirect, nothing stored: 不用了 hides it for this page view. Copied to out/ and added
// to every Simplified page by scripts/postbuild.mjs (addTraditionalSuggestion).
// Hand-written and small (budget: 1 KiB), because reading pages ship no other script.
(function () {
  var langs = navigator.languages || [navigator.language];
  for (var i = 0; i < langs.length; i++) {
    var lang = String(langs[i]).toLowerCase();
    if (lang.indexOf("zh") !== 0) continue;
    if (!/^zh-(tw|hk|mo|hant)\b/.test(lang)) return;
    var to = document.querySelector("a[data-script-switch]");
    if (!to) return;
    var box = document.createElement("div");
    box.className = "script-hint print:hidden";
    box.lang = "zh-Hant";
    box.setAttribute("role", "note");
    var link = document.createElement("a");
    link.textContent = "本頁有繁體中文版";
    link.href = to.getAttribute("href");
    link.onclick = function () {
      link.href = to.getAttribute("href");
    };
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "不用了";
    close.onclick = function () {
      box.remove();
    };
    box.append(link, close);
    document.body.append(box);
    return;
  }
})();
