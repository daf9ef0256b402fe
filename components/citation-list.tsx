import Link from "@/components/site-link";
import type { Citation } from "@/lib/schema/content";

export type ResolvedCitation = Citation & { title: string };

/** "出处：《标题》（章节）" with links to each source's page. Presentational only. */
export function CitationList({ citations, label = "出处" }: { citations: readonly ResolvedCitation[]; label?: string }) {
  if (citations.length === 0) return null;
  return (
    <p className="text-sm text-muted" data-citations>
      {label}：
      {citations.map((c, i) => (
        <span key={`${c.source}-${i}`}>
          {i > 0 ? "；" : null}
          <Link href={`/sources/${c.source}`} prefetch={false} data-source-id={c.source} className="text-muted underline">
            {c.title}
          </Link>
          {c.where ? <span>（{c.where}）</span> : null}
        </span>
      ))}
    </p>
  );
}
