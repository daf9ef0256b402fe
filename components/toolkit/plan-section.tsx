"use client";
import { useState } from "react";
import { downloadText } from "@/components/toolkit/download";
import { PlanSheet } from "@/components/toolkit/plan-sheet";
import { ToolkitField } from "@/components/toolkit/toolkit-field";
import { fieldSpecs } from "@/content/templates";
import type { IsoDate } from "@/lib/dates/iso-date";
import type { Assessment } from "@/lib/engine/types";
import type { CostMilestone } from "@/lib/toolkit/cost";
import { readInput, type Inputs } from "@/lib/toolkit/fill-template";
import { buildIcs } from "@/lib/toolkit/ics";
import { buildPlan } from "@/lib/toolkit/plan";
import { planToText } from "@/lib/toolkit/plan-text";
import type { InputFieldSpec } from "@/lib/toolkit/template-types";

const followUpSpec: InputFieldSpec = {
  label: "回访客服的日期",
  hint: "例如提出申请后过几天，再打一次问结果",
  kind: "date-from-today",
  prompt: "请填写回访客服的日期",
};

const button = "min-h-11 rounded-lg border border-accent px-4 font-semibold text-accent";

type Props = {
  assessment: Assessment;
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
export function PlanSection({ assessment: a, today, inputs, onInputsChange, followUpDate, onFollowUpDateChange, cost }: Props) {
  const [status, setStatus] = useState("");
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
  );
  const reminders = plan.steps.filter((s) => s.remind && s.date);
  const stamp = today;

  function downloadPlan() {
    const name = `我的行动计划-${stamp}.txt`;
    downloadText(name, planToText({ plan, situation: a.situation, cost }));
    setStatus(`已生成文件「${name}」。`);
  }
  function downloadCalendar() {
    const name = `还款提醒-${stamp}.ics`;
    const ics = buildIcs({
      steps: plan.steps,
      today,
      planKey: `${a.situation.product}|${a.situation.dueDate}`,
      footer: "由「逾期明白」在您的设备上生成。这是信息，不是法律意见。",
    });
    downloadText(name, ics, "text/calendar;charset=utf-8");
    setStatus(`已生成日历文件「${name}」，打开它就能把提醒加进手机日历。`);
  }

  return (
    <section aria-labelledby="plan" className="space-y-4">
      <h2 id="plan" className="text-xl font-bold print:hidden">
        我的计划
      </h2>
      <div className="space-y-4 rounded-lg border border-line bg-card p-3 print:hidden">
        <p className="text-sm">填上日期，计划和日历提醒会把它们排进去。和通话提纲里的是同一个还款日期和金额。</p>
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
          <p className="text-sm text-muted">填写还款日期或回访日期后，可以下载带提醒的日历文件。</p>
        ) : (
          <p className="text-sm text-muted">
            日历文件里有{reminders.length}个日期，每个都会在前一天和当天上午9点提醒。
          </p>
        )}
        <p className="text-sm text-muted">存为 PDF：点「打印或存为 PDF」，在打印机里选「存储为 PDF」。</p>
        <p role="status" className="min-h-6 text-sm">
          {status}
        </p>
      </div>
      <PlanSheet plan={plan} situation={a.situation} cost={cost} />
    </section>
  );
}
