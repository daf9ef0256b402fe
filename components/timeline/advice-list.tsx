import { ClientCitations as Citations } from "@/components/timeline/source-titles";
import type { AdviceView } from "@/lib/engine/types";

/** `level` keeps the outline in order: items are one level below the heading above them. */
export function AdviceList({ items, level = 3 }: { items: AdviceView[]; level?: 3 | 4 }) {
  const Heading = level === 3 ? "h3" : "h4";
  return (
    <ul className="space-y-3">
      {items.map((item) => (
        <li key={item.id} className="print-avoid-break rounded-lg border border-line bg-card p-3" data-advice={item.id}>
          <Heading className="font-semibold">{item.title}</Heading>
          <p className="mt-1">{item.body}</p>
          {item.steps.length > 0 ? (
            <ol className="mt-2 list-decimal space-y-1 pl-5">
              {item.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          ) : null}
          <Citations citations={item.citations} />
        </li>
      ))}
    </ul>
  );
}
