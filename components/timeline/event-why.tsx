import Link from "@/components/site-link";
import { ClientCitations as Citations, useSourceTitle } from "@/components/timeline/source-titles";
import type { TimelineEvent } from "@/lib/engine/types";
import { dayRangeText, spreadText } from "@/lib/format/day-window";

function effectText(shiftDays: number, likelihoodStep: number): string {
  const parts: string[] = [];
  if (shiftDays < 0) parts.push(`提前约${-shiftDays}天`);
  if (shiftDays > 0) parts.push(`推后约${shiftDays}天`);
  if (likelihoodStep > 0) parts.push("可能性调高");
  if (likelihoodStep < 0) parts.push("可能性调低");
  return parts.length > 0 ? parts.join("，") : "不改变估计";
}

/** The expandable "why": the user's answers that moved it, what each source says, and the rules. */
export function EventWhy({ event }: { event: TimelineEvent }) {
  const { sources, reasons, rules } = event;
  const title = useSourceTitle();
  return (
    <details className="mt-2 rounded-md border border-line px-3 py-2 print:hidden">
      <summary className="text-sm font-medium text-accent">为什么这样估计？</summary>
      <div className="mt-2 space-y-3 text-sm">
        {reasons.length > 0 ? (
          <div>
            <h5 className="font-semibold">您的回答带来的变化</h5>
            <ul className="mt-1 list-disc space-y-1 pl-5">
              {reasons.map((r) => (
                <li key={r.factorId}>
                  {r.label}：{effectText(r.shiftDays, r.likelihoodStep)}。{r.explanation}
                  <Citations citations={r.citations} />
                </li>
              ))}
            </ul>
            <p className="mt-1 text-muted">调整的方向来自文章；调整多少天是本工具的估计，而且不会超出各来源给出的范围。</p>
          </div>
        ) : null}

        <div>
          <h5 className="font-semibold">各来源怎么说</h5>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {sources.figures.map((f, i) => (
              <li key={`${f.source}-${i}`}>
                {f.says}——<Link href={`/sources/${f.source}`} prefetch={false}>{title(f.source)}</Link>
                {f.where ? `（${f.where}）` : null}
              </li>
            ))}
          </ul>
          {sources.placementNote ? (
            <p className="mt-1">{sources.placementNote}</p>
          ) : (
            <p className="mt-1">
              多数来源集中在{dayRangeText(sources.band.fromDay, sources.band.toDay)}
              {sources.disagree ? `；但各来源相差很大，从${spreadText(sources.spread.minDay, sources.spread.maxDay)}都有` : ""}。
            </p>
          )}
        </div>

        {rules.length > 0 ? (
          <div>
            <h5 className="font-semibold">规则怎么说</h5>
            <p className="text-muted">文章描述的是它们看到的做法；下面是现行法律和行业规则允许的范围。</p>
            <ul className="mt-1 space-y-2">
              {rules.map((rule) => (
                <li key={rule.id}>
                  <strong>{rule.title}。</strong>
                  {rule.body}
                  <Citations citations={rule.citations} />
                </li>
              ))}
            </ul>
            <p className="mt-2">
              <a href="/call-log">遇到越界的联系？用「来电记录」记下来，整理成证据和投诉</a>
            </p>
          </div>
        ) : null}
        <Citations citations={event.citations} label="这一项的出处" />
      </div>
    </details>
  );
}
