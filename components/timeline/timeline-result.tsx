import { useEffect, useState, type ReactNode } from "react";
import Link from "@/components/site-link";
import { AdviceList } from "@/components/timeline/advice-list";
import { AnswersSummary } from "@/components/timeline/answers-summary";
import { ConsequenceList } from "@/components/timeline/consequence-list";
import { StageItem } from "@/components/timeline/stage-item";
import { SummaryCard } from "@/components/timeline/summary-card";
import type { Assessment, TimelineEvent } from "@/lib/engine/types";
import { situationToRaw, writeFragment } from "@/lib/situation/share-link";

/** An event whose window is open today shows under the current stage, even if it could have started earlier. */
function displayStageId(event: TimelineEvent, a: Assessment): string {
  const stageStatus = a.stages.find((s) => s.id === event.stageId)?.status;
  return event.timing === "window-open" && stageStatus === "past" ? a.stage.id : event.stageId;
}

/**
 * False for the first render, true from the next task on. The first render is what a
 * phone shows first (the answers, the summary, the stages up to today's); the rest comes
 * just after that paint, so the result is not held up by parts below the screen
 * (docs/figures.md). Effects run after the paint, in React and in Preact; the timer makes
 * the rest a task of its own.
 */
function useAfterFirstPaint(): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setAfter(true));
    return () => clearTimeout(timer);
  }, []);
  return after;
}

/** Everything the engine computed, in reading order. Renders only what `assess` returns. */
/** `legend` comes from the server page, so its text travels as HTML, not as JavaScript (budget). */
export function TimelineResult({ assessment: a, legend }: { assessment: Assessment; legend?: ReactNode }) {
  const whole = useAfterFirstPaint();
  const current = a.stages.findIndex((s) => s.id === a.stage.id);
  const stages = whole ? a.stages : a.stages.slice(0, current + 1);
  return (
    // data-whole: every part is on the page (tests that read the whole result wait for it).
    <div className="space-y-8" data-whole={whole ? "" : undefined}>
      {/* Answers and actions first: the summary below can run to a screen on a phone,
          and the way on to /plan, 修改, 复制 and 打印 must stay on the first screen. */}
      <AnswersSummary situation={a.situation} />
      <SummaryCard assessment={a} />

      <section aria-labelledby="timeline-title" className="space-y-3">
        <h2 id="timeline-title" className="text-xl font-bold">
          接下来可能发生的事
        </h2>
        <p className="text-sm text-muted">
          日期从您的应还款日推算。天数来自公开文章，平台并未公布自己的流程，所以这是范围，不是准确的日程。
        </p>
        {legend}
        <ol className="ml-2">
          {stages.map((stage) => (
            <StageItem
              key={stage.id}
              stage={stage}
              daysOverdue={a.situation.daysOverdue}
              events={a.events.filter((e) => displayStageId(e, a) === stage.id)}
            />
          ))}
        </ol>
      </section>

      {whole ? (
        <>
          <section aria-labelledby="advice-now" className="render-when-near space-y-3 print:break-before-page">
            <h2 id="advice-now" className="text-xl font-bold">
              现在可以做的
            </h2>
            <AdviceList items={a.advice.now} />
            {a.advice.next.length > 0 && a.nextStage ? (
              <>
                <h3 className="pt-2 text-lg font-semibold">到了「{a.nextStage.name}」阶段，还要注意</h3>
                <AdviceList items={a.advice.next} level={4} />
              </>
            ) : null}
          </section>

          <section aria-labelledby="to-action" className="rounded-lg border border-accent bg-accent-soft p-4 print:hidden">
            <h2 id="to-action" className="text-lg font-semibold">
              <Link href={`/plan#${writeFragment(situationToRaw(a.situation))}`}>把这些变成行动：费用、话术和计划</Link>
            </h2>
            <p className="mt-1 text-sm">算一算拖到下个月要多付多少，拿到给客服的话术和书面请求，生成一页行动计划和日历提醒。全部在您的设备上完成。</p>
          </section>

          <section aria-labelledby="consequences" className="render-when-near space-y-3">
            <h2 id="consequences" className="text-xl font-bold">
              逾期在累积的影响
            </h2>
            <ConsequenceList assessment={a} />
          </section>
        </>
      ) : null}
    </div>
  );
}
