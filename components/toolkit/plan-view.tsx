"use client";
import Link from "@/components/site-link";
import { useLocationHash } from "@/components/hooks/use-location-hash";
import { useToday } from "@/components/hooks/use-today";
import { ActionToolkit } from "@/components/toolkit/action-toolkit";
import { assess } from "@/lib/engine/assess";
import { parseSituation } from "@/lib/situation/parse-situation";
import { readFragment } from "@/lib/situation/share-link";

const startLink = "inline-flex min-h-12 items-center rounded-lg bg-accent px-5 font-semibold text-accent-fg no-underline";

/**
 * Reads the same answers as the timeline from the fragment, and today's date from the
 * device; without usable answers it says so and sends the reader to the check.
 */
export function PlanView() {
  const hash = useLocationHash();
  const today = useToday();

  if (hash === null || today === null) return <p className="text-muted">正在您的设备上准备……</p>;
  const { raw, problems } = readFragment(hash);
  if (Object.keys(raw).length === 0 && problems.length === 0) {
    return (
      <div className="space-y-3 rounded-lg border border-line bg-card p-4">
        <p>这里还没有您的回答。费用、话术和计划都要按您的情况来算：先回答几个问题，再从时间线回到这里。</p>
        <Link href="/" className={startLink}>
          开始自查
        </Link>
      </div>
    );
  }
  const result = parseSituation(raw, today);
  if (!result.ok) {
    return (
      <div className="space-y-3 rounded-lg border border-line bg-card p-4">
        <p>链接里的回答不完整，或者有看不懂的地方，所以这里还算不出来：</p>
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {result.errors.map((e) => (
            <li key={e.field}>{e.message}</li>
          ))}
          {problems.map((p, i) => (
            <li key={`p-${i}`}>
              「{p.part}」：{p.message}
            </li>
          ))}
        </ul>
        <Link href="/" className={startLink}>
          重新回答问题
        </Link>
      </div>
    );
  }
  return <ActionToolkit assessment={assess(result.situation, today)} today={today} hash={hash} />;
}
