import type { AnchorHTMLAttributes } from "react";

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string; prefetch?: boolean };

/**
 * A plain link, used instead of next/link everywhere. Pages here are static and small,
 * so a full load is quick; dropping the client router's link code saves every page
 * about 3.6 KiB of JavaScript, and nothing is prefetched over a metered connection.
 * `prefetch` is accepted and ignored so call sites read like next/link.
 */
export default function Link({ prefetch: _prefetch, ...props }: Props) {
  return <a {...props} />;
}
