import { createElement, hydrate } from "preact";
import { ISLAND_ATTRIBUTE, type IslandJson } from "@/islands/props-format";
import { reviveProps, type IslandComponents } from "@/islands/revive-props";

/**
 * The start of every page's island bundle (build/islands/bundle.mjs writes one entry per
 * page that imports this and the page's components). Each element marked data-island
 * gets its component, with the props in its first child, hydrated over the prerendered
 * markup: the first render matches the server's (the components were written for
 * React's hydration), so Preact keeps the elements and only attaches the handlers,
 * instead of setting every attribute again as render would (measured: most of the
 * plan's start-up script time).
 */
export function mountIslands(components: IslandComponents): void {
  for (const root of document.querySelectorAll<HTMLElement>(`[${ISLAND_ATTRIBUTE}]`)) {
    const name = root.getAttribute(ISLAND_ATTRIBUTE) ?? "";
    const component = components[name];
    const data = root.firstElementChild;
    if (!component || !(data instanceof HTMLScriptElement)) {
      console.error(`island ${name}: not in this page's bundle, or its props are missing`);
      continue;
    }
    // One island that fails leaves its prerendered markup and the others still start.
    try {
      const props = reviveProps(JSON.parse(data.textContent ?? "{}") as IslandJson, components);
      data.remove();
      hydrate(createElement(component, props as Record<string, unknown>), root);
      // For tests and for anyone debugging: this island is running.
      root.setAttribute(`${ISLAND_ATTRIBUTE}-ready`, "");
    } catch (error) {
      console.error(`island ${name}:`, error);
    }
  }
}
