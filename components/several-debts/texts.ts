import type { ResolvedCitation } from "@/components/citation-list";
import type { DebtKind } from "@/lib/schema/debt-kinds";

/** A cited text with its sources' titles, as the page hands it to the browser. */
export type ShownText = { text: string; citations: ResolvedCitation[] };

/** What the results need of content/several-debts.ts: only the per-debt texts travel to the browser. */
export type DebtTexts = {
  kindRisks: Record<DebtKind, ShownText>;
  collateral: ShownText;
  guarantor: ShownText;
  rateWhere: ShownText;
};
