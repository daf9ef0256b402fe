import { BASE_PATH } from "@/lib/script/site-script";

/** The public origin, for canonical links, Open Graph, the sitemap and structured data. */
export const SITE_URL = (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, "");
export const SITE_NAME = "逾期明白";

/** The public URL of a page of this build (under /zh-Hant on the Traditional site). */
export function absoluteUrl(path: string, base: string = BASE_PATH): string {
  const p = path.startsWith("/") ? path : `/${path}`;
  return `${SITE_URL}${base}${base && p === "/" ? "" : p}`;
}
