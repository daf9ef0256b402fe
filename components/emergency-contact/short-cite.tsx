import { Cite } from "@/components/emergency-contact/cite";
import type { Citation } from "@/lib/schema/content";
import { loadContent } from "@/content";
import { shortCitations } from "@/lib/emergency-contact/short-titles";

type Props = {
  citations: readonly Citation[];
  label?: string;
  /** false: source names only, for a summary whose detail page gives the articles and sections. */
  places?: boolean;
};

/** Server side: citations in their compact form (one entry per source, short names). */
export function ShortCite({ citations, label, places = true }: Props) {
  const items = shortCitations(citations, loadContent().sources);
  return <Cite items={places ? items : items.map(({ source, title }) => ({ source, title }))} label={label} />;
}
