"use client";
import { useAnswersOnDevice } from "@/components/hooks/use-answers-on-device";
import { SourceTitlesContext } from "@/components/timeline/source-titles";
import { ActionToolkit } from "@/components/plan/action-toolkit";
import type { ToolkitNotes } from "@/components/plan/toolkit-notes";
import type { ToolkitTexts } from "@/lib/schema/templates";
import { assess } from "@/lib/engine/assess";

/**
 * Reads the same answers as the timeline from the fragment, and today's date from the
 * device; without usable answers it says so and sends the reader to the check. The
 * engine's content arrives as `/content.json` (preloaded by the page); the letters, the
 * plan's texts and the fixed prose come as props from the server page. None of them is
 * compiled into the bundle.
 */
export function PlanView({ texts, notes }: { texts: ToolkitTexts; notes: ToolkitNotes }) {
  const answers = useAnswersOnDevice();
  switch (answers.step) {
    case "waiting":
      // As tall as the screen, so the result does not push the footer down in view.
      return <p className="min-h-svh text-muted">正在您的设备上准备……</p>;
    case "no-answers":
      return <div className="space-y-3 rounded-lg border border-line bg-card p-4">{notes.noAnswers}</div>;
    case "bad-link":
      return (
        <div className="space-y-3 rounded-lg border border-line bg-card p-4">
          {notes.badLink}
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {answers.errors.map((e) => (
              <li key={e.field}>{e.message}</li>
            ))}
            {answers.problems.map((p, i) => (
              <li key={`p-${i}`}>
                「{p.part}」：{p.message}
              </li>
            ))}
          </ul>
          {notes.answerAgain}
        </div>
      );
    case "content-failed":
      return (
        <div role="alert" className="space-y-3 rounded-lg border-2 border-warn bg-warn-soft p-4">
          {notes.contentFailed}
          <button type="button" onClick={answers.retry} className="min-h-11 rounded-lg bg-accent px-4 font-semibold text-accent-fg">
            重新加载
          </button>
        </div>
      );
    case "ready": {
      const { situation, today, content, titles } = answers;
      return (
        <SourceTitlesContext value={titles}>
          <ActionToolkit assessment={assess(situation, today, content)} sources={content.sources} texts={texts} notes={notes} today={today} />
        </SourceTitlesContext>
      );
    }
  }
}
