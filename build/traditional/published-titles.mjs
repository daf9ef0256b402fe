// The Traditional site converts every source's title (content/sources.ts) to Traditional
// characters, and keeps the title as published beside it (`publishedTitle`,
// lib/schema/content.ts), so a source page can give both and a citation can still be
// found. The published titles are read as data from the Simplified source list itself
// (loaded with tsx, at build time only), never from the layout of its lines: in the
// Traditional copy, the converted list becomes a sources-converted.ts module beside it and
// content/sources.ts is the module written here, which re-exports it with each
// source's published title after its title.
import { tsImport } from "tsx/esm/api";

/** Where the Traditional copy keeps the converted list (beside content/sources.ts). */
export const CONVERTED_SOURCES_MODULE = "sources-converted";

/**
 * The id and title of every source, from the Simplified source list.
 * @param {string} sourcesFile content/sources.ts (absolute)
 * @returns {Promise<{ id: string, title: string }[]>}
 */
export async function readPublishedTitles(sourcesFile) {
  /** @type {{ sources: { id: string, title: string }[] }} */
  const { sources } = await tsImport(sourcesFile, import.meta.url);
  return sources.map(({ id, title }) => ({ id, title }));
}

/**
 * content/sources.ts of the Traditional copy: the converted list, each source with
 * `publishedTitle` right after its `title`. Fails when a published title has no source.
 * @param {{ id: string, title: string }[]} published
 */
export function sourcesWithPublishedTitles(published) {
  const titles = Object.fromEntries(published.map(({ id, title }) => [id, title]));
  return `// Written by the Traditional build (build/traditional/published-titles.mjs): the converted
// source list (./${CONVERTED_SOURCES_MODULE}.ts), each source with its title as published.
import { sources as converted } from "./${CONVERTED_SOURCES_MODULE}";

export * from "./${CONVERTED_SOURCES_MODULE}";

const PUBLISHED_TITLES: Record<string, string> = ${JSON.stringify(titles, null, 2)};

for (const id of Object.keys(PUBLISHED_TITLES)) {
  if (!converted.some((source) => source.id === id)) throw new Error(\`Traditional build: no converted source \${id}\`);
}

export const sources: typeof converted = converted.map((source) =>
  Object.fromEntries(
    Object.entries(source).flatMap(([key, value]) =>
      key === "title" && source.id in PUBLISHED_TITLES ? [[key, value], ["publishedTitle", PUBLISHED_TITLES[source.id]]] : [[key, value]],
    ),
  ) as (typeof converted)[number],
);
`;
}
