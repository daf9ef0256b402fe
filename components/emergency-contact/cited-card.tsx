import { ShortCite } from "@/components/emergency-contact/short-cite";
import type { CitedItem } from "@/lib/emergency-contact/page-data";

type Props = {
  item: CitedItem;
  /** Heading level inside the surrounding section. */
  as?: "h2" | "h3" | "h4";
  className?: string;
};

/** A cited statement: title, body and its sources. */
export function CitedCard({ item, as: Heading = "h3", className = "rounded-lg border border-line bg-card p-3" }: Props) {
  return (
    <div className={`print-avoid-break ${className}`} data-claim={item.id}>
      <Heading className="font-bold">{item.title}</Heading>
      <p className="mt-1">{item.body}</p>
      <ShortCite citations={item.citations} />
    </div>
  );
}
