import { lazy, Suspense } from "react";
import { ClientCitations as Citations } from "@/components/timeline/source-titles";
import type { Assessment } from "@/lib/engine/types";
import { formatChineseDate } from "@/lib/dates/iso-date";

// The estimate (with its rate box and the rate reader) sits far below the first screen,
// so it loads just after the timeline instead of with it: /timeline's first-load JS
// budget (1.25x a bare page) has no room for it.
const PenaltyEstimate = lazy(() => import("@/components/timeline/penalty-estimate").then((m) => ({ default: m.PenaltyEstimate })));

/** What is accumulating now, then what starts later. */
export function ConsequenceList({ assessment: a }: { assessment: Assessment }) {
  const ordered = [...a.consequences].sort((x, y) => Number(y.active) - Number(x.active) || x.fromDay - y.fromDay);
  return (
    <ul className="space-y-3">
      {ordered.map((q) => (
        <li key={q.id} className="print-avoid-break rounded-lg border border-line bg-card p-3" data-consequence={q.id}>
          <h3 className="font-semibold">
            {q.title}
            <span className="ml-2 text-sm font-normal text-muted">
              {/* 已经开始 only where the sources state it; where they say 可能, so does the tag. */}
              {q.active ? (q.stated ? "已经开始" : "现在起就可能出现") : `约从${formatChineseDate(q.fromDate)}起${q.stated ? "" : "可能出现"}`}
            </span>
          </h3>
          <p className="mt-1">{q.body}</p>
          {q.id === "penalty-interest" ? (
            <div className="mt-2">
              <Suspense fallback={<p className="min-h-24 text-sm text-muted">正在载入费用估算…</p>}>
                <PenaltyEstimate estimate={a.penalty} />
              </Suspense>
            </div>
          ) : null}
          <Citations citations={q.citations} />
        </li>
      ))}
    </ul>
  );
}
