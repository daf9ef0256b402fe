import { createElement, type ComponentType, type VNode } from "preact";
import type { IslandClientJson, IslandElementJson, IslandJson } from "@/islands/props-format";

// Browser only: rebuilds an island's props from IslandJson (islands/props-format.ts).

export type IslandComponents = Record<string, ComponentType<Record<string, unknown>>>;

type Revived = string | number | boolean | null | VNode | Revived[] | { [key: string]: Revived };

export function reviveProps(json: IslandJson, components: IslandComponents): Revived {
  if (json === null || typeof json !== "object") return json;
  if (Array.isArray(json)) return json.map((v) => reviveProps(v, components));
  const tagged = json as { $?: unknown; $c?: unknown };
  if (typeof tagged.$ === "string") {
    const element = json as IslandElementJson;
    return createElement(element.$, { ...reviveObject(element.p, components), key: element.k });
  }
  if (typeof tagged.$c === "string") {
    const element = json as IslandClientJson;
    const component = components[element.$c];
    if (!component) throw new Error(`island: no component ${element.$c} in this page's bundle`);
    return createElement(component, { ...reviveObject(element.p, components), key: element.k });
  }
  return reviveObject(json as { [key: string]: IslandJson }, components);
}

function reviveObject(json: { [key: string]: IslandJson }, components: IslandComponents): { [key: string]: Revived } {
  const out: { [key: string]: Revived } = {};
  for (const [key, value] of Object.entries(json)) out[key] = reviveProps(value, components);
  return out;
}
