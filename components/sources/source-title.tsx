import Link from "@/components/site-link";
import { loadContent } from "@/content";

const titles = new Map(loadContent().sources.map((s) => [s.id, s.title]));

/** A source's title linking to its page; unknown ids fail the build. */
export function SourceTitle({ id, className }: { id: string; className?: string }) {
  const title = titles.get(id);
  if (!title) throw new Error(`unknown source "${id}"`);
  return (
    <Link href={`/sources/${id}`} data-source-id={id} className={`underline ${className ?? ""}`}>
      {title}
    </Link>
  );
}
