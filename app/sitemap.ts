import type { MetadataRoute } from "next";
import { loadContent } from "@/lib/content/load-content";
import { loadQuestions } from "@/lib/questions/library";
import { absoluteUrl } from "@/lib/questions/site-url";

/** Every public page: the check, the Q&A library and every source. The timeline is private to the user's link. */
// Written to out/ at build time (static export).
export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  const paths = [
    "/",
    "/emergency-contact",
    "/emergency-contact/rules",
    "/call-log",
    "/questions",
    "/questions/advice",
    ...loadQuestions().map((q) => `/questions/${q.slug}`),
    "/sources",
    "/sources/claims",
    ...loadContent().sources.map((s) => `/sources/${s.id}`),
  ];
  return paths.map((p) => ({ url: absoluteUrl(p) }));
}
