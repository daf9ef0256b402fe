"use client";
import Link from "@/components/site-link";
import { useState } from "react";
import { fieldSpecs } from "@/content/templates";
import { CostSection } from "@/components/toolkit/cost-section";
import { JumpButton } from "@/components/toolkit/jump-button";
import { PlanSection } from "@/components/toolkit/plan-section";
import { ScriptsSection } from "@/components/toolkit/scripts-section";
import type { IsoDate } from "@/lib/dates/iso-date";
import type { Assessment } from "@/lib/engine/types";
import { situationToRaw } from "@/lib/situation/share-link";
import { costMilestones } from "@/lib/toolkit/cost";
import { explainRate } from "@/lib/toolkit/explain-cost";
import type { Inputs } from "@/lib/toolkit/fill-template";
import { EXAMPLE_TERMS, readRateTerms, type RateTerms } from "@/lib/toolkit/rate";

/**
 * Holds what the user types on this page (rate terms, letter details, plan dates) in
 * memory only: nothing is stored or sent, and leaving the page forgets it.
 */
export function ActionToolkit({ assessment: a, today, hash }: { assessment: Assessment; today: IsoDate; hash: string }) {
  const s = a.situation;
  const userRate = situationToRaw(s).rate;
  const [terms, setTerms] = useState<RateTerms>(userRate ? { ...EXAMPLE_TERMS, percent: userRate } : EXAMPLE_TERMS);
  const [rateIsUsers, setRateIsUsers] = useState(userRate !== undefined);
  const [inputs, setInputs] = useState<Inputs>({ lenderName: fieldSpecs.lenderName.suggestion });
  const [followUpDate, setFollowUpDate] = useState("");

  const rate = readRateTerms(terms);
  const milestones = rate.ok ? costMilestones(s.amountFen, s.daysOverdue, rate.perDay, today) : null;
  const rateLabel = rate.ok ? `${explainRate(terms, rate).join("，")}${rateIsUsers ? "（您填写的）" : "（示例费率）"}` : "";

  return (
    <div className="space-y-10">
      <nav aria-label="本页内容" className="rounded-lg border border-line bg-card p-3 text-[15px] print:hidden">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          <li><JumpButton targetId="cost" className="min-h-11 py-1">费用会涨多少</JumpButton></li>
          <li><JumpButton targetId="say" className="min-h-11 py-1">怎么说</JumpButton></li>
          <li><JumpButton targetId="plan" className="min-h-11 py-1">我的计划</JumpButton></li>
          <li><JumpButton targetId="scam" className="min-h-11 py-1">防骗提醒</JumpButton></li>
          <li><Link href={`/timeline${hash}`} className="inline-flex min-h-11 items-center underline">回到时间线</Link></li>
        </ul>
      </nav>
      <CostSection
        situation={s}
        terms={terms}
        onTermsChange={(t) => {
          setTerms(t);
          setRateIsUsers(true);
        }}
        rateIsUsers={rateIsUsers}
        rate={rate}
        milestones={milestones}
        today={today}
      />
      <ScriptsSection situation={s} today={today} inputs={inputs} onInputsChange={setInputs} />
      <PlanSection
        assessment={a}
        today={today}
        inputs={inputs}
        onInputsChange={setInputs}
        followUpDate={followUpDate}
        onFollowUpDateChange={setFollowUpDate}
        cost={milestones ? { milestones, rateLabel } : null}
      />
    </div>
  );
}
