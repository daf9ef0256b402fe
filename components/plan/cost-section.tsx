"use client";
import { ClientCitations } from "@/components/timeline/source-titles";
import { CostTable } from "@/components/plan/cost-table";
import { RateFields } from "@/components/plan/rate-fields";
import type { ToolkitNotes } from "@/components/plan/toolkit-notes";
import type { SourceRef } from "@/lib/content/client-content";
import type { IsoDate } from "@/lib/dates/iso-date";
import { EXAMPLE_DAILY_RATE_PERCENT } from "@/lib/engine/penalty";
import type { Situation } from "@/lib/situation/parse-situation";
import { annualAbove, type CostMilestone } from "@/lib/plan/cost";
import type { CitedAnnualPercent } from "@/lib/schema/templates";
import { explainAmount, explainRate, rateIsRounded } from "@/lib/plan/explain-cost";
import { citationsInForce } from "@/lib/engine/in-force";
import type { RateReading, RateTerms } from "@/lib/plan/rate";

type Props = {
  situation: Situation;
  /** What the person typed. */
  terms: RateTerms;
  /** What the estimate used: their terms, or the example while the rate box is empty. */
  usedTerms: RateTerms;
  onTermsChange: (t: RateTerms) => void;
  rateIsUsers: boolean;
  rate: RateReading;
  milestones: CostMilestone[] | null;
  sources: readonly SourceRef[];
  notes: ToolkitNotes;
  courtReference: CitedAnnualPercent;
  today: IsoDate;
};

/** Cost of waiting: the user's rate in, an estimate per milestone out, with the working on request. */
export function CostSection({ situation: s, terms, usedTerms, onTermsChange, rateIsUsers, rate, milestones, sources, notes, courtReference, today }: Props) {
  const courtCitations = citationsInForce(courtReference.citations, today, sources);
  return (
    <section aria-labelledby="cost" className="space-y-4 print:hidden">
      <h2 id="cost" className="text-xl font-bold">
        {notes.headings.cost}
      </h2>
      <p>
        {notes.costIntro}
        {rateIsUsers ? "现在用的是您填写的费率。" : `在您填写之前，用的是示例费率每天 ${EXAMPLE_DAILY_RATE_PERCENT}%（框里的灰字），它不是平台公布的费率，也不是您的费率。`}
      </p>
      <RateFields terms={terms} onChange={onTermsChange} errors={rate.ok ? [] : rate.errors} text={notes.rate} />
      {rate.ok && milestones ? (
        <>
          <CostTable milestones={milestones} amountFen={s.amountFen} rateIsUsers={rateIsUsers} />
          <p className="text-sm text-muted">
            {notes.costAssumptions}
            {usedTerms.unit === "annual" ? `年费率按一年${usedTerms.basis}天折算成日费率；合同写的是按${usedTerms.basis === 365 ? 360 : 365}天折算的话，请在上面改选。` : ""}
            实际金额以您的账单为准。
          </p>
          <details className="rounded-lg border border-line bg-card p-3">
            <summary className="font-semibold">看看是怎么算的</summary>
            <ul className="mt-2 space-y-1 text-sm">
              {explainRate(usedTerms, rate).map((line) => (
                <li key={line}>{line}</li>
              ))}
              {milestones.map((m) => (
                <li key={m.offsetDays}>
                  {m.offsetDays === 0 ? "今天" : `${m.offsetDays}天后`}：{explainAmount(rate.perDay, s.amountFen, m.daysOverdue, m.interestFen)}
                </li>
              ))}
              {rateIsRounded(rate.perDay) ? <li className="text-muted">{notes.roundedNote}</li> : null}
            </ul>
          </details>
          {annualAbove(rate.perDay, courtReference.annualPercent) && courtCitations.length > 0 ? (
            <div className="space-y-1 rounded-lg bg-warn-soft p-3 text-sm">
              {notes.courtReference}
              <ClientCitations citations={courtCitations} />
            </div>
          ) : null}
        </>
      ) : null}
      <ClientCitations citations={citationsInForce([{ source: "law-civil-code-contracts", where: "第六百七十六条" }], today, sources)} label="逾期利息按合同约定" />
    </section>
  );
}
