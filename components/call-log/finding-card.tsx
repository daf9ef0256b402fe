import type { Finding } from "@/lib/call-log/check";
import { citedSources, findingReason, findingTitle, inTitleMarks, lawNote, ruleOf } from "@/lib/call-log/finding-text";
import type { RuleBook } from "@/lib/call-log/rule-book";
import { sitePath } from "@/lib/script/site-script";

/**
 * One possible breach: the rule, why the log points to it, and each source with how far
 * it binds. Threats, impersonation and anything at the door carry 110 right here, not
 * only inside the complaint.
 */
export function FindingCard({ finding, book, flags, atDoor }: { finding: Finding; book: RuleBook; flags: readonly string[]; atDoor: boolean }) {
  const rule = ruleOf(book, finding.rule);
  const cited = citedSources(finding.citations, book);
  const police = atDoor || rule.police === true;
  return (
    <div className="rounded-md border-l-4 border-warn bg-warn-soft px-3 py-2" data-finding={finding.rule}>
      <p className="font-semibold">{findingTitle(rule)}</p>
      <p>
        {findingReason(finding, rule, flags)}
        {lawNote(cited)}
      </p>
      {police ? (
        <p className="font-semibold" data-police-finding>
          觉得人身安全受到威胁，或有人强行进门、冒充警察：请直接拨打<a href="tel:110" className="underline">110</a>，不用等投诉结果。
        </p>
      ) : null}
      <p className="text-sm">
        依据：
        {cited.map((s, i) => (
          <span key={s.id}>
            {i > 0 ? "；" : null}
            <a href={sitePath(`/sources/${s.id}`)} className="underline">
              {inTitleMarks(s.title)}
            </a>
            {s.where ? `${s.where}` : null}（{s.binding}）
          </span>
        ))}
      </p>
    </div>
  );
}
