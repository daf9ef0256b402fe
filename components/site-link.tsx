import type { AnchorHTMLAttributes } from "react";
import { sitePath } from "@/lib/script/site-script";

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string; prefetch?: boolean };

/**
 * A plain link, used instead of next/link everywhere. Pages here are static and small,
 * so a full load is quick; dropping the client router's link code saves every page
 * about 3.6 KiB of JavaScript, and nothing is prefetched over a metered connection.
 * `prefetch` is accepted and ignored so call sites read like next/link. Site paths
 * ("/timeline") get the build's base path ("/zh-Hant/timeline" on the Traditional site).
 */
export default function Link({ prefetch: _prefetch, href, ...props }: Props) {
  return <a href={sitePath(href)} {...props} />;
}
