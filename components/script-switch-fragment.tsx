"use client";
import { useEffect } from "react";

/**
 * On pages whose answers live in the URL fragment (/, /timeline, /plan, /call-log),
 * keeps the fragment on the 繁/简 link (components/script-switch.tsx), so
 * /timeline#… ↔ /zh-Hant/timeline#… shows the same answers. Renders nothing.
 */
export function ScriptSwitchFragment() {
  useEffect(() => {
    const link = document.querySelector<HTMLAnchorElement>("a[data-script-switch]");
    if (!link) return;
    // The address the build wrote (the twin page), with this page's fragment.
    const twin = (link.getAttribute("href") ?? "").split("#")[0];
    const follow = () => link.setAttribute("href", `${twin}${window.location.hash}`);
    follow();
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, []);
  return null;
}
