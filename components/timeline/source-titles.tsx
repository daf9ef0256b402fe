"use client";
import { createContext, useContext } from "react";
import { CitationList } from "@/components/citation-list";
import type { Citation } from "@/lib/schema/content";

/** Source titles from the fetched content, for client components that cite. */
export const SourceTitlesContext = createContext<ReadonlyMap<string, string>>(new Map());

export function useSourceTitle(): (id: string) => string {
  const titles = useContext(SourceTitlesContext);
  return (id) => titles.get(id) ?? id;
}

export function ClientCitations({ citations, label }: { citations: readonly Citation[]; label?: string }) {
  const title = useSourceTitle();
  return <CitationList label={label} citations={citations.map((c) => ({ ...c, title: title(c.source) }))} />;
}
