import { Fragment, isValidElement, type ReactElement, type ReactNode } from "react";
import type { IslandJson } from "@/islands/props-format";

// Server only: turns an island's props into IslandJson (islands/props-format.ts).

const CLIENT_REFERENCE = Symbol.for("react.client.reference");

type ClientReference = { $$typeof: symbol; $$id: string };

function isClientReference(type: unknown): type is ClientReference {
  return (typeof type === "function" || typeof type === "object") && type !== null && (type as ClientReference).$$typeof === CLIENT_REFERENCE;
}

/**
 * The export name of a client component ("use client") as the server sees it: the
 * framework hands server code a reference whose id ends in "#ExportName". Anything else
 * (a server component, a plain function) is not an island and throws.
 */
export function clientComponentName(component: unknown): string {
  if (!isClientReference(component)) throw new Error("Island: the component must come from a \"use client\" module");
  const name = String(component.$$id).split("#").pop() ?? "";
  if (!/^[A-Z][A-Za-z0-9]*$/.test(name)) throw new Error(`Island: cannot read a component name from the reference ${component.$$id}`);
  return name;
}

function elementJson(element: ReactElement<Record<string, unknown>>, path: string): IslandJson {
  const { type, key } = element;
  const props = element.props ?? {};
  const keyed = key == null ? {} : { k: String(key) };
  if (type === Fragment) return toIslandProps(props.children, `${path}.children`);
  if (typeof type === "string") return { $: type, p: objectJson(props, path), ...keyed };
  if (isClientReference(type)) return { $c: clientComponentName(type), p: objectJson(props, path), ...keyed };
  // A server component: a plain function of its props, rendered here, at build time.
  if (typeof type === "function") return toIslandProps((type as (p: unknown) => ReactNode)(props), path);
  throw new Error(`Island props: ${path} holds a React element of a kind the browser islands cannot rebuild (${String(type)})`);
}

function objectJson(value: Record<string, unknown>, path: string): { [key: string]: IslandJson } {
  const out: { [key: string]: IslandJson } = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    out[key] = toIslandProps(v, `${path}.${key}`);
  }
  return out;
}

/** IslandJson for a value, or an error naming where in the props the value cannot go. */
export function toIslandProps(value: unknown, path = "props"): IslandJson {
  if (value === null || value === undefined || typeof value === "boolean") return value ?? null;
  if (typeof value === "string") return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`Island props: ${path} is ${value}, which JSON cannot carry`);
    return value;
  }
  if (Array.isArray(value)) return value.map((v, i) => toIslandProps(v, `${path}[${i}]`));
  if (isValidElement(value)) return elementJson(value as ReactElement<Record<string, unknown>>, path);
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    if ("$" in value || "$c" in value) throw new Error(`Island props: ${path} has a key "$" or "$c", which the format keeps for elements`);
    return objectJson(value as Record<string, unknown>, path);
  }
  throw new Error(`Island props: ${path} is a ${typeof value} (${Object.prototype.toString.call(value)}), which cannot be sent to the browser`);
}

/** The JSON text for a <script type="application/json">: "<" escaped, so no "</script>" can end it early. */
export function islandPropsScript(props: unknown): string {
  return JSON.stringify(toIslandProps(props)).replace(/</g, "\\u003c");
}
