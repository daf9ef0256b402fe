import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/questions/site-url";

export default function robots(): MetadataRoute.Robots {
  return {
    // The timeline shows a person's own answers (in the fragment): nothing to index there.
    rules: [{ userAgent: "*", allow: "/", disallow: ["/timeline"] }],
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
