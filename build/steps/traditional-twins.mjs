// Links between a page and its twin in the other script, written into each page by the
// post-build step (the layout cannot know which page it is in a static export):
//   - <link rel="alternate" hreflang> for zh-Hans, zh-Hant and x-default (Simplified),
//     absolute, from SITE_URL as the metadata uses it;
//   - the 繁/简 link's href (components/script-switch.tsx, `data-script-switch`), to the
//     same page in the other script. The 404 page's link goes to the other site's start.
// Idempotent: old alternates are removed before new ones go in.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { splitSitePath, onSite, TRADITIONAL_BASE } = require("../site/routes.cjs");

const SITE_URL = (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, "");
const ALTERNATE = /<link rel="alternate" hrefLang="[^"]*" href="[^"]*"\/>/g;
const SWITCH = /<a href="[^"]*" data-script-switch=""/g;

/** The page's path in the other script: "/x" ↔ "/zh-Hant/x". @param {string} sitePath */
export function twinPath(sitePath) {
  const { base, path } = splitSitePath(sitePath);
  return onSite(base ? "" : TRADITIONAL_BASE, path);
}

/** @param {string} html  @param {string} sitePath the page's path as served ("/zh-Hant/questions/x") */
export function linkScriptTwins(html, sitePath) {
  const { base, path } = splitSitePath(sitePath);
  const notFound = path === "/404";
  const twin = notFound ? onSite(base ? "" : TRADITIONAL_BASE, "/") : twinPath(sitePath);
  const switches = html.match(SWITCH)?.length ?? 0;
  if (switches !== 1) throw new Error(`${sitePath}: expected one 繁/简 link (data-script-switch), found ${switches}`);
  let out = html.replace(ALTERNATE, "").replace(SWITCH, `<a href="${twin}" data-script-switch=""`);
  if (!notFound) {
    const url = (/** @type {string} */ b) => `${SITE_URL}${onSite(b, path)}`;
    const links = [
      ["zh-Hans", url("")],
      ["zh-Hant", url(TRADITIONAL_BASE)],
      ["x-default", url("")],
    ].map(([lang, href]) => `<link rel="alternate" hrefLang="${lang}" href="${href}"/>`);
    out = out.replace("</head>", `${links.join("")}</head>`);
  }
  return out;
}

/** @type {import("./site.mjs").Step} */
export const linkTraditionalTwins = {
  name: "link Traditional twins",
  withRoutesOnly: true,
  run(site) {
    for (const page of site.pages) page.html = linkScriptTwins(page.html, page.path);
  },
};
