import { CitationList } from "@/components/citation-list";
import type { DebtTexts, ShownText } from "@/components/several-debts/texts";
import { formatYuan } from "@/lib/engine/penalty";
import { checkFragmentOf } from "@/lib/several-debts/check-link";
import { costPerDayFen } from "@/lib/several-debts/cost";
import type { Debt } from "@/lib/several-debts/debt";
import { DEBT_KIND_LABELS } from "@/lib/schema/debt-kinds";
import { sitePath } from "@/lib/script/site-script";

function Cited({ shown, lead }: { shown: ShownText; lead?: string }) {
  return (
    <div className="space-y-1">
      <p>
        {lead ? <strong>{lead}</strong> : null}
        {shown.text}
      </p>
      <CitationList citations={shown.citations} />
    </div>
  );
}

/** One debt: what a day of waiting costs at the person's own rate, what its kind puts at risk, and for 借呗/花呗 the full check. */
export function DebtResult({ n, debt, texts }: { n: number; debt: Debt; texts: DebtTexts }) {
  const fen = costPerDayFen(debt);
  const check = checkFragmentOf(debt);
  const label = DEBT_KIND_LABELS[debt.kind];
  return (
    <article aria-labelledby={`result-${n}`} className="print-avoid-break space-y-3 rounded-lg border border-line bg-card p-4" data-debt-result={debt.kind}>
      <h3 id={`result-${n}`} className="text-lg font-bold">
        第{n}笔：{label} {formatYuan(debt.amountFen)}，{debt.days === 0 ? "还没逾期" : `逾期${debt.days}天`}
      </h3>
      <p data-cost-per-day="">
        {fen === null ? (
          <>
            <strong>每多等一天：算不出。</strong>没有填日费率，这里不替您假设一个。费率写在这笔借款的合同或账单上，找到后填进去就能算。
          </>
        ) : (
          <>
            <strong>每多等一天：约 {formatYuan(Number(fen))}</strong>（按您填的日费率 {debt.ratePercent}%，只算欠款金额的单利）
          </>
        )}
      </p>
      <Cited shown={texts.kindRisks[debt.kind]} />
      {debt.collateral === "yes" ? <Cited lead="有抵押：" shown={texts.collateral} /> : null}
      {debt.guarantor === "yes" ? <Cited lead="有担保人：" shown={texts.guarantor} /> : null}
      {debt.collateral === "unsure" || debt.guarantor === "unsure" ? (
        <p className="text-sm text-muted">不确定有没有抵押或担保人的，看合同里有没有「抵押」「保证」「担保」的条款。</p>
      ) : null}
      {check ? (
        <p className="print:hidden">
          <a href={sitePath(`/#${check}`)} className="inline-flex min-h-11 items-center rounded-lg border border-accent px-4 font-semibold text-accent" data-check-link="">
            用完整自查看这笔{label}（已填好金额和天数）
          </a>
        </p>
      ) : null}
    </article>
  );
}
