"use client";
import { useState } from "react";
import { DebtForm } from "@/components/several-debts/debt-form";
import { DebtResults } from "@/components/several-debts/debt-results";
import type { DebtTexts } from "@/components/several-debts/texts";
import { useLocationHash } from "@/components/hooks/use-location-hash";
import { useScriptSwitchFragment } from "@/components/hooks/use-script-switch-fragment";
import { focusTarget } from "@/components/focus-target";
import { readDebtsFragment, writeDebtsFragment } from "@/lib/several-debts/debt-link";

/**
 * The list and its results. The list lives in the URL fragment, as the timeline's answers
 * do: a link holds it, nothing is stored or sent. A new list in the link starts a fresh
 * form; the results are always read from the link.
 */
export function SeveralDebtsApp({ texts }: { texts: DebtTexts }) {
  useScriptSwitchFragment();
  const hash = useLocationHash();
  const reading = hash ? readDebtsFragment(hash) : null;
  const [formHash, setFormHash] = useState<string | null>(null);
  if (hash !== null && hash !== formHash) setFormHash(hash);

  function show(debts: Parameters<typeof writeDebtsFragment>[0]) {
    window.location.hash = writeDebtsFragment(debts);
    requestAnimationFrame(() => focusTarget("results-title"));
  }

  return (
    <div className="space-y-8">
      {reading && reading.problems.length > 0 ? (
        <div role="alert" className="rounded-lg border-2 border-warn bg-warn-soft p-4">
          <h2 className="font-semibold">这个链接有些地方不对</h2>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {reading.problems.map((p, i) => (
              <li key={i}>
                「{p.part}」：{p.message}
              </li>
            ))}
          </ul>
          <p className="mt-2">下面的表格里填好了链接里能读出的内容；改好后再点「看每一笔的情况」。</p>
        </div>
      ) : null}
      {/* The results first when there are some: a shared link opens on them, the list to change below. */}
      {reading && reading.debts.length > 0 ? <DebtResults debts={reading.debts} texts={texts} /> : null}
      <DebtForm key={formHash ?? ""} initial={reading?.rows ?? []} onDone={show} />
    </div>
  );
}
