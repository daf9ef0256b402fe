import { Citations } from "@/components/citations";
import type { CitedItem } from "@/lib/contact/page-data";

type Props = {
  item: CitedItem;
  /** Heading level inside the surrounding section. */
  as?: "h2" | "h3" | "h4" | "h5";
  badge?: React.ReactNode;
  className?: string;
};

/** A cited statement: title, body, the collection rules it rests on, and its sources. */
export function CitedCard({ item, as: Heading = "h3", badge, className = "rounded-lg border border-line bg-card p-3" }: Props) {
  return (
    <div className={`print-avoid-break ${className}`} data-claim={item.id}>
      {badge}
      <Heading className="font-bold">{item.title}</Heading>
      <p className="mt-1">{item.body}</p>
      {item.rules.length > 0 ? (
        <p className="mt-1 text-sm text-muted">依据的规则：{item.rules.map((r) => `「${r.title}」`).join("")}</p>
      ) : null}
      <Citations citations={item.citations} />
    </div>
  );
}
