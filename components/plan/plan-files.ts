/**
 * The plan as a text file and as a calendar file. Loaded when the user asks for one
 * (most visits never download), so none of this is in the page's first JavaScript.
 * Each function saves the file and returns the line to show in the status area.
 */
import { downloadText } from "@/components/plan/download";
import type { IsoDate } from "@/lib/dates/iso-date";
import { buildIcs } from "@/lib/plan/ics";
import type { Plan } from "@/lib/plan/plan";
import { planToText, type PlanTextInput } from "@/lib/plan/plan-text";

export function savePlanText(input: PlanTextInput): string {
  const name = `我的行动计划-${input.plan.today}.txt`;
  downloadText(name, planToText(input));
  return `已生成文件「${name}」。`;
}

export function saveCalendar(plan: Plan, today: IsoDate, planKey: string): string {
  const name = `还款提醒-${today}.ics`;
  const ics = buildIcs({ steps: plan.steps, today, planKey, footer: "由「逾期明白」在您的设备上生成。这是信息，不是法律意见。" });
  downloadText(name, ics, "text/calendar;charset=utf-8");
  return `已生成日历文件「${name}」，打开它就能把提醒加进手机日历。`;
}
