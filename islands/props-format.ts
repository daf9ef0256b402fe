/**
 * How an island's props travel from the prerendered page to the browser: JSON in a
 * <script type="application/json"> at the top of the island's element (see
 * components/island.tsx). Plain data goes as it is; a React element goes as one of
 * two tagged objects, so server-rendered text (a legend, a questionnaire's questions,
 * the toolkit's notes) reaches the island once, as data, not as compiled code.
 *
 *   { "$": "p", "p": { "className": "…", "children": […] }, "k": "key" }   an HTML element
 *   { "$c": "JumpButton", "p": { … }, "k": "key" }                       a client component,
 *                                                                         by its export name
 *                                                                         (islands/components.json)
 *
 * Server components inside the props are rendered to these at build time; a prop the
 * browser cannot be given (a function, a class instance, a symbol) fails the build.
 */
export type IslandJson = string | number | boolean | null | IslandJson[] | IslandElementJson | IslandClientJson | { [key: string]: IslandJson };

export type IslandElementJson = { $: string; p: { [key: string]: IslandJson }; k?: string };
export type IslandClientJson = { $c: string; p: { [key: string]: IslandJson }; k?: string };

/** The attribute that marks an island's root element; its value is the component's export name. */
export const ISLAND_ATTRIBUTE = "data-island";
