import Link from "@/components/site-link";
import { kindBesideBadge, TrustBadge } from "@/components/sources/trust-badge";
import type { Source } from "@/lib/schema/content";
import { SOURCE_KIND_LABELS } from "@/lib/format/labels";

/** Sources as a compact list: title, trust, kind, publisher and date. */
export function SourceList({ sources }: { sources: readonly Source[] }) {
  return (
    <ul className="space-y-3">
      {sources.map((s) => (
        <li key={s.id} className="rounded-lg border border-line bg-card p-3">
          <Link href={`/sources/${s.id}`} data-source-id={s.id} className="font-medium">
            {s.title}
          </Link>
          <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted">
            <TrustBadge trust={s.trust} />
            {kindBesideBadge(SOURCE_KIND_LABELS[s.kind], s.trust) ? <span>{SOURCE_KIND_LABELS[s.kind]}</span> : null}
            <span>{s.publisher}</span>
            <span>{s.date ?? "未注明日期"}</span>
          </p>
        </li>
      ))}
    </ul>
  );
}
