import { Citations } from "@/components/citations";
import type { CollectionRule } from "@/lib/content/schema";

/** The collection rules that concern a contact, each with its sources. */
export function RuleList({ rules }: { rules: CollectionRule[] }) {
  return (
    <ul className="space-y-3">
      {rules.map((rule) => (
        <li key={rule.id} className="print-avoid-break rounded-lg border border-line bg-card p-3" data-claim={rule.id}>
          <h3 className="font-bold">{rule.title}</h3>
          <p className="mt-1">{rule.body}</p>
          <Citations citations={rule.citations} />
        </li>
      ))}
    </ul>
  );
}
