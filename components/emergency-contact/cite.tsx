import Link from "@/components/site-link";
import type { ShortCitation } from "@/lib/emergency-contact/short-titles";

/**
 * "出处：短名（条文）、短名" with each name linking to its source page, where the full
 * title is. Presentational only, so both the server page and the questionnaire's
 * answer (a client component) use it.
 */
export function Cite({ items, label = "出处" }: { items: readonly ShortCitation[]; label?: string }) {
  if (items.length === 0) return null;
  return (
    <p className="text-sm text-muted [&_a]:underline" data-citations>
      {label}：
      {items.map((c, i) => (
        <span key={c.source}>
          {i > 0 ? "、" : null}
          <Link href={`/sources/${c.source}`} data-source-id={c.source}>
            {c.title}
          </Link>
          {c.where ? `（${c.where}）` : null}
        </span>
      ))}
    </p>
  );
}
