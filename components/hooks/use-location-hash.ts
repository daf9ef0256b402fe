"use client";
import { useSyncExternalStore } from "react";

let skipLinkGuarded = false;

/**
 * The skip link (components/skip-link.tsx) is a plain `href="#main"`, which would
 * replace the fragment and with it the answers. Every page that keeps its state in the
 * fragment reads it through this hook, so the hook makes the link move focus instead,
 * once per page.
 */
function guardSkipLink() {
  if (skipLinkGuarded) return;
  skipLinkGuarded = true;
  document.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href="#main"]') : null;
    const main = document.getElementById("main");
    if (!link || !main) return;
    event.preventDefault();
    main.focus();
    main.scrollIntoView();
  });
}

function subscribe(onChange: () => void) {
  guardSkipLink();
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
}

/**
 * The URL fragment, which holds the user's answers. `null` while rendering on the
 * server or before hydration: the server never sees the fragment.
 */
export function useLocationHash(): string | null {
  return useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => null,
  );
}
