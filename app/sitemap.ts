import type { MetadataRoute } from "next";
import { loadContent, loadQuestions } from "@/content";
import { absoluteUrl } from "@/lib/questions/site-url";
import { TRADITIONAL_BASE } from "@/lib/script/site-script";

/**
 * Every public page: the check, the Q&A library and every source, in both scripts, each
 * naming its twin (hreflang). The timeline is private to the user's link. Only the
 * Simplified build's sitemap is served: build/traditional/build.mjs drops the other.
 */
// Written to out/ at build time (static export).
export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  const paths = [
    "/",
    "/emergency-contact",
    "/emergency-contact/rules",
    "/call-log",
    "/help",
    "/several-debts",
    "/questions",
    "/questions/advice",
    ...loadQuestions().map((q) => `/questions/${q.slug}`),
    "/sources",
    "/sources/claims",
    ...loadContent().sources.map((s) => `/sources/${s.id}`),
  ];
  return paths.flatMap((p) => {
    const languages = { "zh-Hans": absoluteUrl(p, ""), "zh-Hant": absoluteUrl(p, TRADITIONAL_BASE), "x-default": absoluteUrl(p, "") };
    return [
      { url: languages["zh-Hans"], alternates: { languages } },
      { url: languages["zh-Hant"], alternates: { languages } },
    ];
  });
}
