/** The stage a day overdue falls in; stages cover every day from 0 without gaps. */
import type { Stage } from "@/lib/schema/content";

export function stageIndexForDay(stages: readonly Stage[], day: number): number {
  for (let i = stages.length - 1; i >= 0; i--) {
    if (day >= (stages[i] as Stage).fromDay) return i;
  }
  return 0;
}
