import type { MetadataRoute } from "next";
import { HTML_LANG, sitePath } from "@/lib/script/site-script";
import { THEME_LIGHT } from "./theme-colors";

// The web app manifest (/manifest.webmanifest; Next links it from every page): what a
// phone needs to put 逾期明白 on the home screen and open it like an app. The icons
// are rendered from app/icon.svg by `npm run icons` (tools/make-icons.mjs).
// A manifest has one theme_color; the pages' <meta name="theme-color"> (app/layout.tsx)
// gives the light and the dark one, and browsers prefer it once a page is open.
// Each script's build has its own (/zh-Hant/manifest.webmanifest): installed from a
// Traditional page, the app opens in Traditional. The icons are shared, at the root.
export const dynamic = "force-static";

export default function manifest(): MetadataRoute.Manifest {
  return {
    id: sitePath("/"),
    name: "逾期明白",
    short_name: "逾期明白",
    description: "借呗、花呗逾期后会发生什么：按日期说明谁可能联系、何时、为什么，以及今天能做什么。每一条都注明出处，回答只在您的设备上计算，没有网络时也能打开。",
    lang: HTML_LANG,
    dir: "ltr",
    start_url: sitePath("/"),
    scope: sitePath("/"),
    display: "standalone",
    background_color: THEME_LIGHT,
    theme_color: THEME_LIGHT,
    categories: ["finance", "utilities"],
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-192.png", sizes: "192x192", type: "image/png", purpose: "maskable" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
