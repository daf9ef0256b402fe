import { useState } from "react";
import Link from "@/components/site-link";
import { ClientCitations as Citations, useSourceTitle } from "@/components/timeline/source-titles";
import type { TimelineEvent } from "@/lib/engine/types";
import { dayRangeText, spreadText } from "@/lib/format/day-window";
import { LIKELIHOOD_LABELS } from "@/lib/format/labels";
import { sitePath } from "@/lib/script/site-script";

function effectText(shiftDays: number, likelihoodStep: number): string {
  const parts: string[] = [];
  if (shiftDays < 0) parts.push(`提前约${-shiftDays}天`);
  if (shiftDays > 0) parts.push(`推后约${shiftDays}天`);
  if (likelihoodStep > 0) parts.push("可能性往高调");
  if (likelihoodStep < 0) parts.push("可能性往低调");
  return parts.length > 0 ? parts.join("，") : "不改变估计";
}

/** How the label relates to the sources' words for the day it speaks about. */
function bandText({ band, likelihood, heldBack }: TimelineEvent): string {
  const label = LIKELIHOOD_LABELS[likelihood];
  const words = band.floor === band.ceiling ? `都读作「${label}」` : `从「${LIKELIHOOD_LABELS[band.floor]}」到「${LIKELIHOOD_LABELS[band.ceiling]}」`;
  const held = heldBack ? `您的回答本来会让它更${heldBack === "higher" ? "高" : "低"}，但来源的用词不支持，` : "";
  return `说到第${band.day}天的来源，用词${words}，标签只在这个范围里按您的回答调整；${held}现在是「${label}」。`;
}

/** The expandable "why": the user's answers that moved it, what each source says, and the rules. */
export function EventWhy({ event }: { event: TimelineEvent }) {
  const { sources, reasons, rules } = event;
  const title = useSourceTitle();
  // The panel's body is built when it is first opened: a timeline has a dozen of these,
  // and building them all closed was a long task on a slow phone (docs/figures.md).
  const [opened, setOpened] = useState(false);
  return (
    <details className="mt-2 rounded-md border border-line px-3 py-2 print:hidden" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary className="text-sm font-medium text-accent">为什么这样估计？</summary>
      {opened ? (
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
              <p className="mt-1 text-muted">调整的方向来自上面引用的文章段落；调整多少天、多少档是本工具的估计，不会超出各来源给出的天数和用词。</p>
            </div>
        ) : null}

        <div>
          <h5 className="font-semibold">各来源怎么说</h5>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {sources.figures.map((f, i) => (
              <li key={`${f.source}-${i}`}>
                {f.says}（原话用词「{f.word}」，本工具读作「{LIKELIHOOD_LABELS[f.reads]}」）——<Link href={`/sources/${f.source}`} prefetch={false} className="underline">
                  {title(f.source)}
                </Link>
                {f.where ? `（${f.where}）` : null}
              </li>
            ))}
          </ul>
          {sources.placementNote ? (
            <p className="mt-1">{sources.placementNote}</p>
          ) : (
            <p className="mt-1">
              来源居中的说法在{dayRangeText(sources.band.fromDay, sources.band.toDay)}
              {sources.disagree ? `；但各来源相差很大，从${spreadText(sources.spread.minDay, sources.spread.maxDay)}都有` : ""}。
            </p>
          )}
          <p className="mt-1">{bandText(event)}</p>
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
              <a href={sitePath("/call-log")}>遇到越界的联系？用「来电记录」记下来，整理成证据和投诉</a>
            </p>
          </div>
        ) : null}
        <Citations citations={event.citations} label="这一项的出处" />
      </div>
      ) : null}
    </details>
  );
}
