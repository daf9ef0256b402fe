import { CitationList } from "@/components/citation-list";
import type { Citation } from "@/lib/schema/content";
import { loadContent } from "@/content";

const titles = new Map(loadContent().sources.map((s) => [s.id, s.title]));

/**
 * Citations with titles from the bundled registry. For server components: a client
 * component importing this would bundle the whole registry (use `ClientCitations`).
 */
export function Citations({ citations, label }: { citations: readonly Citation[]; label?: string }) {
  return <CitationList label={label} citations={citations.map((c) => ({ ...c, title: titles.get(c.source) ?? c.source }))} />;
}
