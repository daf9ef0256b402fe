import { sitePath } from "@/lib/script/site-script";

// In the island bundles, next/navigation is this (build/islands/bundle.mjs aliases it).
// Pages are separate documents here, so going to one is a page load; like Next's router,
// push() adds the site's base path (/zh-Hant on the Traditional site).
export function useRouter() {
  return { push: (href: string) => window.location.assign(sitePath(href)) };
}
