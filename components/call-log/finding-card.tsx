import type { Finding } from "@/lib/call-log/check";
import { citedSources, findingReason, findingTitle, ruleOf } from "@/lib/call-log/finding-text";
import type { RuleBook } from "@/lib/call-log/rule-book";
import { sitePath } from "@/lib/script/site-script";

/** One possible breach: the rule, why the log points to it, and each source with how far it binds. */
export function FindingCard({ finding, book, flags }: { finding: Finding; book: RuleBook; flags: readonly string[] }) {
  const rule = ruleOf(book, finding.rule);
  return (
    <div className="rounded-md border-l-4 border-warn bg-warn-soft px-3 py-2" data-finding={finding.rule}>
      <p className="font-semibold">{findingTitle(rule)}</p>
      <p>{findingReason(finding, rule, flags)}</p>
      <p className="text-sm">
        依据：
        {citedSources(finding.citations, book).map((s, i) => (
          <span key={s.id}>
            {i > 0 ? "；" : null}
            <a href={sitePath(`/sources/${s.id}`)} className="underline">
              《{s.title}》
            </a>
            {s.where ? `${s.where}` : null}（{s.binding}）
          </span>
        ))}
      </p>
    </div>
  );
}
