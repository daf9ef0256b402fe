import { useEffect } from "react";

/**
 * On the pages whose answers live in the URL fragment (/, /timeline, /plan, /call-log),
 * keeps the fragment on the 繁/简 link (components/script-switch.tsx): the build wrote
 * the twin page's address, and this adds the current answers when the page opens, when
 * the fragment changes and before any click is handled, so /timeline#… ↔
 * /zh-Hant/timeline#… shows the same answers. A hook inside each page's own component
 * rather than a component of its own, which would add a chunk to each of those pages;
 * reading pages need none of it.
 */
export function useScriptSwitchFragment(): void {
  useEffect(() => {
    const keep = () => {
      const link = document.querySelector<HTMLAnchorElement>("a[data-script-switch]");
      if (link) link.href = `${(link.getAttribute("href") ?? "").split("#")[0]}${window.location.hash}`;
    };
    keep();
    window.addEventListener("hashchange", keep);
    window.addEventListener("click", keep, true);
    return () => {
      window.removeEventListener("hashchange", keep);
      window.removeEventListener("click", keep, true);
    };
  }, []);
}
