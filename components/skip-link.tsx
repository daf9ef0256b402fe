"use client";
import type { MouseEvent } from "react";
import { focusTarget } from "@/components/focus-target";

/**
 * "跳到正文" for keyboard users. A plain `href="#main"` would replace the URL fragment,
 * which holds the user's answers on /timeline and /plan, so with JavaScript the link
 * moves focus without touching the URL; without it, it falls back to the anchor.
 */
export function SkipLink() {
  function skip(event: MouseEvent<HTMLAnchorElement>) {
    if (focusTarget("main")) event.preventDefault();
  }
  return (
    <a
      href="#main"
      onClick={skip}
      className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-card focus:px-3 focus:py-2"
    >
      跳到正文
    </a>
  );
}
