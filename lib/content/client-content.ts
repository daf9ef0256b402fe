/**
 * The part of the content the engine and the timeline need in the browser. Source
 * notes (summary, weight) are long and only the source pages show them, so they stay
 * out; the timeline receives this as static JSON (`/content.json`) rather than as
 * JavaScript, which is cheaper for a phone to parse than the same data compiled as code.
 */
import type { Content } from "@/lib/schema/content";
import type { Source } from "@/lib/schema/content";

export type SourceRef = Pick<Source, "id" | "title" | "kind" | "effectiveFrom" | "effectiveUntil">;

export type EngineContent = Omit<Content, "sources"> & { sources: SourceRef[] };

export function toClientContent(content: Content): EngineContent {
  return {
    ...content,
    sources: content.sources.map(({ id, title, kind, effectiveFrom, effectiveUntil }) => ({ id, title, kind, effectiveFrom, effectiveUntil })),
  };
}
