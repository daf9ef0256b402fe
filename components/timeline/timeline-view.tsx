"use client";
import { useAnswersOnDevice } from "@/components/hooks/use-answers-on-device";
import Link from "@/components/site-link";
import { useEffect, type ReactNode } from "react";
import dynamic from "next/dynamic";
import { SourceTitlesContext } from "@/components/timeline/source-titles";
import { TimelineResult } from "@/components/timeline/timeline-result";
import { assess } from "@/lib/engine/assess";

/** Only a broken link needs its problems listed and the form, so they load on demand rather than with every timeline. */
const BrokenLink = dynamic(() => import("@/components/timeline/broken-link").then((m) => m.BrokenLink), {
  loading: () => <p className="text-muted">正在打开表格……</p>,
});

/**
 * Reads the answers from the fragment and today's date from the device, runs the
 * engine, and shows the result; a broken link gets its problems and a prefilled form.
 */
export function TimelineView({ legend }: { legend?: ReactNode }) {
  const answers = useAnswersOnDevice();
  const showsResult = answers.step === "ready";
  // Arriving here (from the form or a link), focus was left on the body, so a screen
  // reader started nowhere in particular, and the screen kept the form's scroll: put
  // focus on the page's heading once the result is there (which also brings the top of
  // the page into view), and the reading goes on into the result.
  useEffect(() => {
    if (showsResult) document.getElementById("timeline-heading")?.focus();
  }, [showsResult]);

  switch (answers.step) {
    case "waiting":
      // As tall as the screen, so the result does not push the footer down in view.
      return <p className="min-h-svh text-muted">正在您的设备上计算时间线……</p>;
    case "no-answers":
      return (
        <div className="space-y-3">
          <p>这里还没有您的回答。先回答几个问题，时间线会按您的情况算出来。</p>
          <Link href="/" className="inline-flex min-h-12 items-center rounded-lg bg-accent px-5 font-semibold text-accent-fg">
            开始自查
          </Link>
        </div>
      );
    case "bad-link":
      return <BrokenLink key={answers.hash} problems={answers.problems} errors={answers.errors} valid={answers.valid} />;
    case "content-failed":
      return (
        <div role="alert" className="space-y-3 rounded-lg border-2 border-warn bg-warn-soft p-4">
          <p>计算所需的资料没能下载下来，可能是网络不稳定。您的回答还在链接里，没有丢失。</p>
          <button type="button" onClick={answers.retry} className="min-h-11 rounded-lg bg-accent px-4 font-semibold text-accent-fg">
            重新加载
          </button>
        </div>
      );
    case "ready": {
      const { situation, today, content, titles, problems } = answers;
      return (
        <SourceTitlesContext value={titles}>
          <div className="space-y-4">
            {problems.length > 0 ? (
              <p className="rounded-lg bg-warn-soft px-3 py-2 text-sm">
                链接里有{problems.length}处无法识别的内容，已经忽略；下面的结果只用了能识别的回答。
              </p>
            ) : null}
            <TimelineResult assessment={assess(situation, today, content)} legend={legend} />
          </div>
        </SourceTitlesContext>
      );
    }
  }
}
