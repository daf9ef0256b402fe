import Link from "next/link";
import type { Citation } from "@/lib/content/schema";
import { content } from "@/lib/content";

const titles = new Map(content.sources.map((s) => [s.id, s.title]));

/** "出处：《标题》（章节）" with links to each source's page. */
export function Citations({ citations, label = "出处" }: { citations: readonly Citation[]; label?: string }) {
  if (citations.length === 0) return null;
  return (
    <p className="text-sm text-muted" data-citations>
      {label}：
      {citations.map((c, i) => (
        <span key={`${c.source}-${i}`}>
          {i > 0 ? "；" : null}
          <Link href={`/sources/${c.source}`} data-source-id={c.source} className="text-muted underline">
            {titles.get(c.source) ?? c.source}
          </Link>
          {c.where ? <span>（{c.where}）</span> : null}
        </span>
      ))}
    </p>
  );
}
