/** The values every letter takes from the answers, in the words a letter uses. */
import { formatChineseDate, type IsoDate } from "@/lib/dates/iso-date";
import { formatYuan } from "@/lib/engine/penalty";
import { PRODUCT_LABELS } from "@/lib/schema/situation-answers";
import type { Situation } from "@/lib/situation/parse-situation";
import type { AutoValues } from "@/lib/plan/fill-template";

/** @example autoValues(situation, "2026-11-22").amount // "¥20,000.00" */
export function autoValues(s: Situation, today: IsoDate): AutoValues {
  return {
    productName: PRODUCT_LABELS[s.product],
    amount: formatYuan(s.amountFen),
    daysOverdue: String(s.daysOverdue),
    dueDate: formatChineseDate(s.dueDate),
    today: formatChineseDate(today),
  };
}
