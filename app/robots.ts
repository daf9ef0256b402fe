import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/questions/site-url";

// Written to out/ at build time (static export).
export const dynamic = "force-static";

export default function robots(): MetadataRoute.Robots {
  return {
    // Everything may be crawled. /timeline and /plan show a person's answers only from
    // the URL fragment, which crawlers never receive: without it they are a short
    // explanation and a link to the check. They stay out of the sitemap.
    rules: [{ userAgent: "*", allow: "/" }],
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
