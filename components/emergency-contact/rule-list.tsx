import { Citations } from "@/components/citations";
import { ShortCite } from "@/components/emergency-contact/short-cite";
import type { RuleOnDay } from "@/lib/engine/in-force";

/**
 * The collection rules that concern a contact, in full (the rules page). Each statement
 * carries its own source, because each is shown only while that source is in force.
 */
export function RuleList({ rules }: { rules: RuleOnDay[] }) {
  return (
    <ul className="space-y-3">
      {rules.map((rule) => (
        <li key={rule.id} id={`rule-${rule.id}`} className="print-avoid-break rounded-lg border border-line bg-card p-3" data-claim={rule.id}>
          <h2 className="font-bold">{rule.title}</h2>
          <ul className="mt-1 space-y-2">
            {rule.statements.map((s) => (
              <li key={s.text}>
                <p>{s.text}</p>
                <Citations citations={[s.basis]} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

/**
 * The same rules as one line each, for the main page: the rule and the sources it rests
 * on, by name. The rules page has the full text and the articles and sections cited.
 */
export function RuleSummary({ rules }: { rules: RuleOnDay[] }) {
  return (
    <ul className="space-y-2">
      {rules.map((rule) => (
        <li key={rule.id} className="rounded-lg border border-line bg-card px-3 py-2" data-claim={rule.id}>
          <p className="font-semibold">{rule.title}</p>
          <ShortCite citations={rule.citations} places={false} />
        </li>
      ))}
    </ul>
  );
}
