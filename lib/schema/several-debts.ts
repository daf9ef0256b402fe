/**
 * The shape of the several-debts page's texts (content/several-debts.ts): what each kind
 * of debt puts at risk, and what the sources support when there are several, each
 * with its citations. Checked by zod at build time through content/index.ts;
 * the browser gets the checked texts as props.
 */
import { z } from "zod";
import { citationSchema } from "@/lib/schema/content";
import { DEBT_KINDS } from "@/lib/schema/debt-kinds";

const cited = z.object({
  text: z.string().trim().min(10),
  citations: z.array(citationSchema).min(1, "every claim cites at least one source"),
});

export const severalDebtsContentSchema = z
  .object({
    /** What a debt of each kind puts at risk, according to the texts held. */
    kindRisks: z.object(Object.fromEntries(DEBT_KINDS.map((k) => [k, cited])) as Record<(typeof DEBT_KINDS)[number], typeof cited>),
    collateral: cited,
    guarantor: cited,
    /** Why the cost is computed from the person's own rate, and where that rate is written. */
    rateWhere: cited,
    /** What the sources support doing when there are several debts. */
    supported: z.array(cited.extend({ title: z.string().trim().min(2) })).min(1),
    /** Why the page gives no order of repayment, and where to ask. */
    noOrder: cited,
  })
  .strict();

export type SeveralDebtsContent = z.infer<typeof severalDebtsContentSchema>;
export type CitedText = z.infer<typeof cited>;
