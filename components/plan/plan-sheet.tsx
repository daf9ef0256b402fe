import Link from "@/components/site-link";
import { PhoneText } from "@/components/phone-text";
import { ClientCitations } from "@/components/timeline/source-titles";
import type { ReactNode } from "react";
import type { Citation } from "@/lib/schema/content";
import { formatChineseDate } from "@/lib/dates/iso-date";
import { formatYuan } from "@/lib/engine/penalty";
import { PRODUCT_LABELS } from "@/lib/schema/situation-answers";
import type { Situation } from "@/lib/situation/parse-situation";
import type { CostMilestone } from "@/lib/plan/cost";
import { BUCKET_LABELS, type Plan, type PlanBucket } from "@/lib/plan/plan";

/** One mention per source and place: two channels can rest on the same source. */
function uniqueCitations(citations: Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = `${c.source}|${c.where ?? ""}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

const BUCKETS: PlanBucket[] = ["today", "week", "month", "later"];

type Props = {
  plan: Plan;
  situation: Situation;
  cost: { milestones: CostMilestone[]; rateLabel: string } | null;
  /** The closing warning, rendered by the server page. */
  warning: ReactNode;
};

/** The one-page plan, on screen and on paper. The cost summary appears on paper only. */
export function PlanSheet({ plan, situation: s, cost, warning }: Props) {
  return (
    <article aria-labelledby="plan-sheet-title" data-testid="plan-sheet" className="space-y-4 rounded-lg border border-line bg-card p-4 print:border-0 print:p-0">
      <header>
        <h3 id="plan-sheet-title" className="text-lg font-bold print:text-xl">
          我的行动计划
        </h3>
        <p className="text-sm text-muted">
          {PRODUCT_LABELS[s.product]}，欠款 {formatYuan(s.amountFen)}，{formatChineseDate(s.dueDate)}到期，今天逾期{s.daysOverdue}天。制作于
          {formatChineseDate(plan.today)}。
        </p>
      </header>
      {cost ? (
        <div className="hidden text-sm print:block">
          <p className="font-semibold">费用估算（{cost.rateLabel}，以账单为准）</p>
          <p>
            {cost.milestones
              .map((m) => `${m.offsetDays === 0 ? "今天" : `${m.offsetDays}天后`} ${formatYuan(m.interestFen)}`)
              .join("；")}
          </p>
        </div>
      ) : null}
      {BUCKETS.map((bucket) => {
        const steps = plan.steps.filter((x) => x.bucket === bucket);
        if (steps.length === 0) return null;
        return (
          <section key={bucket} aria-labelledby={`bucket-${bucket}`} className="print-avoid-break space-y-2">
            <h4 id={`bucket-${bucket}`} className="font-bold text-accent">
              {BUCKET_LABELS[bucket]}
            </h4>
            <ul className="space-y-3">
              {steps.map((step) => (
                <li key={step.id} className="flex gap-2" data-step={step.id}>
                  <span aria-hidden="true" className="mt-1 inline-block size-4 shrink-0 rounded border-2 border-muted" />
                  <div className="space-y-1">
                    <p className="font-semibold">
                      {step.date ? <span className="mr-2 tabular-nums">{formatChineseDate(step.date)}</span> : null}
                      {step.title}
                    </p>
                    <p className="text-[15px]">{step.detail}</p>
                    {step.link ? (
                      <p className="text-sm print:hidden">
                        <Link href={step.link.href} className="underline">{step.link.label}</Link>
                      </p>
                    ) : null}
                    <div className="print:hidden">
                      <ClientCitations citations={step.citations} />
                    </div>
                  </div>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <section aria-labelledby="plan-evidence" className="print-avoid-break space-y-2">
        <h4 id="plan-evidence" className="font-bold text-accent">
          要保存的证据
        </h4>
        <ul className="list-disc space-y-1 pl-5 text-[15px]">
          {plan.evidence.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <div className="print:hidden">
          <ClientCitations citations={plan.evidence.citations} />
        </div>
      </section>
      <section aria-labelledby="plan-channels" className="print-avoid-break space-y-2">
        <h4 id="plan-channels" className="font-bold text-accent">
          按这个顺序找人
        </h4>
        <ol className="list-decimal space-y-2 pl-5 text-[15px]">
          {plan.channels.map((c) => (
            <li key={c.name}>
              <strong>{c.name}</strong>：
              <span className="tabular-nums">
                <PhoneText text={c.number} />
              </span>
              <span className="block text-sm text-muted">{c.when}</span>
            </li>
          ))}
        </ol>
        <div className="print:hidden">
          <ClientCitations citations={uniqueCitations(plan.channels.flatMap((c) => c.citations))} />
        </div>
      </section>
      {warning}
    </article>
  );
}
