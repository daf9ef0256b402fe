"use client";
import { lazy, Suspense, useEffect, useState } from "react";
import { CostSection } from "@/components/plan/cost-section";
import type { ToolkitNotes } from "@/components/plan/toolkit-notes";
import type { ToolkitTexts } from "@/lib/schema/templates";
import type { SourceRef } from "@/lib/content/client-content";
import type { IsoDate } from "@/lib/dates/iso-date";
import type { Assessment } from "@/lib/engine/types";
import { fragmentWith, situationToRaw } from "@/lib/situation/share-link";
import { costMilestones } from "@/lib/plan/cost";
import { explainRate } from "@/lib/plan/explain-cost";
import type { Inputs } from "@/lib/plan/fill-template";
import { BLANK_TERMS, EXAMPLE_PERCENT, linkRatePercent, readRateTerms, type RateTerms } from "@/lib/plan/rate";

/**
 * The scripts and the plan sit below the cost estimate, off the first screen, so their
 * code (the sections, the template filler, the plan builder) loads just after the page
 * rather than with it: /plan's first-load JavaScript is held to 1.25× a bare page.
 */
const ScriptsSection = lazy(() => import("@/components/plan/scripts-section").then((m) => ({ default: m.ScriptsSection })));
const PlanSection = lazy(() => import("@/components/plan/plan-section").then((m) => ({ default: m.PlanSection })));

type Props = {
  assessment: Assessment;
  /** The fetched content's sources: what is in force decides which citations and letters show. */
  sources: readonly SourceRef[];
  /** Letters, fields and plan texts, from the server page. */
  texts: ToolkitTexts;
  /** Fixed prose, rendered by the server page. */
  notes: ToolkitNotes;
  today: IsoDate;
};

/**
 * Holds what the user types on this page (rate terms, letter details, plan dates) in
 * memory only: nothing is stored or sent, and leaving the page forgets it. The one
 * exception is a rate the user gives: as on the timeline, it goes into the fragment
 * (`rate=`, the daily figure), so the timeline, a bookmark or a shared link use it too.
 */
export function ActionToolkit({ assessment: a, sources, texts, notes, today }: Props) {
  const s = a.situation;
  const userRate = situationToRaw(s).rate;
  // The box starts empty (the example shows as its placeholder): a prefilled 0.05
  // looked like the person's own rate. Until they type one, the estimate uses the example.
  const [terms, setTerms] = useState<RateTerms>({ ...BLANK_TERMS, percent: userRate ?? "" });
  const rateIsUsers = terms.percent.trim() !== "";
  const used = rateIsUsers ? terms : { ...BLANK_TERMS, percent: EXAMPLE_PERCENT };
  const [inputs, setInputs] = useState<Inputs>({ lenderName: texts.fieldSpecs.lenderName.suggestion });
  const [followUpDate, setFollowUpDate] = useState("");

  const rate = readRateTerms(used);
  const milestones = rate.ok ? costMilestones(s.amountFen, s.daysOverdue, rate.perDay, today) : null;
  const rateLabel = rate.ok ? `${explainRate(used, rate).join("，")}${rateIsUsers ? "（您填写的）" : "（示例费率）"}` : "";
  const linkRate = rate.ok && rateIsUsers ? linkRatePercent(rate.perDay) : undefined;
  // A box emptied again takes the rate out of the link too.
  const cleared = !rateIsUsers && userRate !== undefined;
  useEffect(() => {
    if ((linkRate !== undefined && linkRate !== userRate) || cleared) {
      window.location.replace(`#${fragmentWith(window.location.hash, { rate: cleared ? "" : linkRate })}`);
    }
  }, [linkRate, userRate, cleared]);

  return (
    <div className="space-y-10">
      {notes.nav}
      <CostSection
        situation={s}
        terms={terms}
        usedTerms={used}
        onTermsChange={setTerms}
        rateIsUsers={rateIsUsers}
        rate={rate}
        milestones={milestones}
        sources={sources}
        notes={notes}
        courtReference={texts.courtReference}
        today={today}
      />
      <Suspense fallback={<p className="text-muted print:hidden">正在准备电话提纲和书面请求……</p>}>
        <ScriptsSection situation={s} sources={sources} texts={texts} notes={notes} today={today} inputs={inputs} onInputsChange={setInputs} />
      </Suspense>
      <Suspense fallback={<p className="text-muted">正在准备行动计划……</p>}>
        <PlanSection
          assessment={a}
          sources={sources}
          texts={texts}
          notes={notes}
          today={today}
          inputs={inputs}
          onInputsChange={setInputs}
          followUpDate={followUpDate}
          onFollowUpDateChange={setFollowUpDate}
          cost={milestones ? { milestones, rateLabel } : null}
        />
      </Suspense>
    </div>
  );
}
