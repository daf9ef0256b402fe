import type { ComponentType } from "react";
import { ISLAND_ATTRIBUTE } from "@/islands/props-format";
import { clientComponentName, islandPropsScript } from "@/islands/serialize-props";

type Props<P extends object> = {
  /** A component from a "use client" module, listed in islands/components.json. */
  component: ComponentType<P>;
  props: P;
  /** Classes for the island's own element (a parent's space-y-* reaches it, not what it holds). */
  className?: string;
};

/**
 * An interactive part of a prerendered page. The page renders it here as always; in the
 * built site, the browser gets no framework runtime but a small bundle made from the
 * same component (build/islands/bundle.mjs, with Preact in React's place) that reads the
 * props from the JSON below and takes over this element. Server component, so a
 * page's text stays HTML and only this part ships code.
 */
export function Island<P extends object>({ component: Component, props, className }: Props<P>) {
  const attributes = { [ISLAND_ATTRIBUTE]: clientComponentName(Component) };
  return (
    <div {...attributes} className={className}>
      <script type="application/json" dangerouslySetInnerHTML={{ __html: islandPropsScript(props) }} />
      <Component {...props} />
    </div>
  );
}
