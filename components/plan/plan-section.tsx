"use client";
import { useState } from "react";
import { PlanSheet } from "@/components/plan/plan-sheet";
import { PrintedLetters } from "@/components/plan/printed-letters";
import { ToolkitField } from "@/components/plan/toolkit-field";
import type { ToolkitNotes } from "@/components/plan/toolkit-notes";
import type { ToolkitTexts } from "@/lib/schema/templates";
import type { SourceRef } from "@/lib/content/client-content";
import type { IsoDate } from "@/lib/dates/iso-date";
import type { Assessment } from "@/lib/engine/types";
import type { CostMilestone } from "@/lib/plan/cost";
import { readInput, type Inputs } from "@/lib/plan/fill-template";
import { buildPlan, templatesCalledFor } from "@/lib/plan/plan";
import { autoValues } from "@/lib/plan/auto-values";
import type { InputFieldSpec } from "@/lib/schema/templates";

const NOT_LOADED = "没能生成文件，可能是网络不稳定。请稍后再点一次。";

const button = "min-h-11 rounded-lg border border-accent px-4 font-semibold text-accent";

type Props = {
  assessment: Assessment;
  sources: readonly SourceRef[];
  texts: ToolkitTexts;
  notes: ToolkitNotes;
  today: IsoDate;
  inputs: Inputs;
  onInputsChange: (i: Inputs) => void;
  followUpDate: string;
  onFollowUpDateChange: (v: string) => void;
  cost: { milestones: CostMilestone[]; rateLabel: string } | null;
};

/** A value usable in the plan, and the message to show beside the field otherwise. */
function optional(spec: InputFieldSpec, raw: string, today: IsoDate) {
  if (raw.trim() === "") return { value: undefined, error: undefined };
  const r = readInput(spec, raw, today);
  return r.ok ? { value: r.value, error: undefined } : { value: undefined, error: r.message };
}

/** Your plan: dates in, a one-page plan out, to print, save as text or put in a calendar. */
export function PlanSection({ assessment: a, sources, texts, notes, today, inputs, onInputsChange, followUpDate, onFollowUpDateChange, cost }: Props) {
  const [status, setStatus] = useState("");
  const { fieldSpecs, followUpSpec } = texts;
  const date = optional(fieldSpecs.proposedDate, inputs.proposedDate ?? "", today);
  const amount = optional(fieldSpecs.proposedAmount, inputs.proposedAmount ?? "", today);
  const followUp = optional(followUpSpec, followUpDate, today);
  const plan = buildPlan(
    a,
    {
      promisedDate: date.value ? inputs.proposedDate?.trim() : undefined,
      promisedAmount: amount.value,
      followUpDate: followUp.value ? followUpDate.trim() : undefined,
    },
    today,
    { sources, texts: texts.plan },
  );
  const reminders = plan.steps.filter((s) => s.remind && s.date);

  // The text and calendar writers load when asked for: most visits never download.
  async function save(write: (files: typeof import("@/components/plan/plan-files")) => string) {
    try {
      setStatus(write(await import("@/components/plan/plan-files")));
    } catch {
      setStatus(NOT_LOADED);
    }
  }
  const downloadPlan = () => save((f) => f.savePlanText({ plan, situation: a.situation, cost, sources }));
  const downloadCalendar = () => save((f) => f.saveCalendar(plan, today, `${a.situation.product}|${a.situation.dueDate}`));

  return (
    <section aria-labelledby="plan" className="render-when-near space-y-4">
      <h2 id="plan" className="text-xl font-bold print:hidden">
        {notes.headings.plan}
      </h2>
      <div className="space-y-4 rounded-lg border border-line bg-card p-3 print:hidden">
        {notes.planIntro}
        <ToolkitField
          id="plan-proposedDate"
          spec={fieldSpecs.proposedDate}
          value={inputs.proposedDate ?? ""}
          onChange={(v) => onInputsChange({ ...inputs, proposedDate: v })}
          error={date.error}
          optional
        />
        <ToolkitField
          id="plan-proposedAmount"
          spec={fieldSpecs.proposedAmount}
          value={inputs.proposedAmount ?? ""}
          onChange={(v) => onInputsChange({ ...inputs, proposedAmount: v })}
          error={amount.error}
          optional
        />
        <ToolkitField id="plan-followUpDate" spec={followUpSpec} value={followUpDate} onChange={onFollowUpDateChange} error={followUp.error} optional />
      </div>
      <div className="space-y-2 print:hidden">
        <div className="flex flex-wrap gap-2">
          <button type="button" onClick={() => window.print()} className={`${button} bg-accent text-accent-fg`}>
            打印或存为 PDF
          </button>
          <button type="button" onClick={downloadPlan} className={button}>
            下载计划（文本）
          </button>
          {reminders.length > 0 ? (
            <button type="button" onClick={downloadCalendar} className={button}>
              下载日历提醒（.ics）
            </button>
          ) : null}
        </div>
        {reminders.length === 0 ? (
          notes.noReminders
        ) : (
          <p className="text-sm text-muted">
            {reminders.length === 1 ? "日历文件里有1个日期，会" : `日历文件里有${reminders.length}个日期，每个都会`}在前一天和当天上午9点提醒。
          </p>
        )}
        {notes.savePdf}
        <p role="status" className="min-h-6 text-sm">
          {status}
        </p>
      </div>
      <PlanSheet plan={plan} situation={a.situation} cost={cost} warning={notes.planWarning} />
      <PrintedLetters
        ids={templatesCalledFor(plan)}
        templates={texts.templates}
        fieldSpecs={fieldSpecs}
        inputs={inputs}
        auto={autoValues(a.situation, today)}
        today={today}
        sources={sources}
      />
    </section>
  );
}
