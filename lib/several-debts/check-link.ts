/**
 * For a 借呗 or 花呗 debt, the fragment that opens the full check (/) with what this
 * page already knows filled in: product, days, amount and rate. Written by the check's
 * own share-link writer; the person answers the rest there.
 */
import type { Debt } from "@/lib/several-debts/debt";
import { CHECKED_KINDS, type CheckedKind } from "@/lib/schema/debt-kinds";
import { formatYuanPlain, writeFragment } from "@/lib/situation/share-link";

const isChecked = (kind: Debt["kind"]): kind is CheckedKind => (CHECKED_KINDS as readonly string[]).includes(kind);

/** @example checkFragmentOf({ kind: "jiebei", amountFen: 2000000, days: 30, ratePercent: "0.05", ... }) // "product=jiebei&days=30&amount=20000&rate=0.05" */
export function checkFragmentOf(debt: Debt): string | null {
  if (!isChecked(debt.kind)) return null;
  return writeFragment({
    product: debt.kind,
    days: String(debt.days),
    amount: formatYuanPlain(debt.amountFen),
    ...(debt.ratePercent === null ? {} : { rate: debt.ratePercent }),
  });
}
