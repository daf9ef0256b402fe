import { createElement, type ComponentType } from "react";
import { createRoot } from "react-dom/client";
import { ISLAND_ATTRIBUTE, type IslandJson } from "@/islands/props-format";
import { reviveProps, type IslandComponents } from "@/islands/revive-props";

/**
 * The same start as islands/mount.ts on React 19's own client, for one purpose only:
 * tools/islands-runtimes.mjs measures what the islands would weigh on React instead
 * of Preact. The site never ships it.
 */
export function mountIslands(components: IslandComponents): void {
  for (const root of document.querySelectorAll<HTMLElement>(`[${ISLAND_ATTRIBUTE}]`)) {
    const name = root.getAttribute(ISLAND_ATTRIBUTE) ?? "";
    const data = root.firstElementChild;
    const component = components[name] as unknown as ComponentType<Record<string, unknown>>;
    if (!component || !data) continue;
    const props = reviveProps(JSON.parse(data.textContent ?? "{}") as IslandJson, components);
    createRoot(root).render(createElement(component, props as Record<string, unknown>));
  }
}
