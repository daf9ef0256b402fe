"use client";
import { useRef, useState, type FormEvent } from "react";
import { ErrorSummary } from "@/components/situation-form/error-summary";
import { DebtFields, debtFieldName } from "@/components/several-debts/debt-fields";
import { useHydrated } from "@/components/hooks/use-hydrated";
import { readDebt, type Debt, type DebtField, type DebtRow } from "@/lib/several-debts/debt";
import { MAX_DEBTS } from "@/lib/schema/debt-kinds";

type RowError = { field: string; message: string };

/** Every row read; the debts when all are whole, else each error named by its field id and debt. */
function readRows(rows: readonly DebtRow[]): { debts: Debt[]; errors: RowError[] } {
  const debts: Debt[] = [];
  const errors: RowError[] = [];
  rows.forEach((row, i) => {
    const result = readDebt(row);
    if (result.ok) debts.push(result.debt);
    else for (const e of result.errors) errors.push({ field: debtFieldName(i + 1, e.field), message: `第${i + 1}笔：${e.message}` });
  });
  return { debts, errors };
}

/**
 * The list as a form. Nothing is posted: a whole list goes into the URL fragment, which
 * the results are read from. Errors show beside each field and in a summary at the top,
 * and a field that is fixed loses its error at once.
 */
export function DebtForm({ initial, onDone }: { initial: DebtRow[]; onDone: (debts: Debt[]) => void }) {
  const hydrated = useHydrated();
  const [rows, setRows] = useState<DebtRow[]>(initial.length > 0 ? initial : [{}]);
  const [submitted, setSubmitted] = useState(false);
  const errors = submitted ? readRows(rows).errors : [];
  const summaryRef = useRef<HTMLDivElement>(null);

  const set = (i: number) => (field: DebtField, value: string) => setRows((r) => r.map((row, j) => (j === i ? { ...row, [field]: value } : row)));
  const errorOf = (i: number) => (field: DebtField) => errors.find((e) => e.field === debtFieldName(i + 1, field))?.message.replace(/^第\d+笔：/, "");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = readRows(rows);
    setSubmitted(true);
    if (result.errors.length === 0) {
      setSubmitted(false);
      onDone(result.debts);
      return;
    }
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5 print:hidden" aria-label="我的几笔欠款">
      <ErrorSummary ref={summaryRef} errors={errors} />
      {rows.map((row, i) => (
        <DebtFields key={i} n={i + 1} row={row} set={set(i)} errorOf={errorOf(i)} onRemove={rows.length > 1 ? () => setRows((r) => r.filter((_, j) => j !== i)) : undefined} />
      ))}
      <div className="flex flex-wrap gap-3">
        {rows.length < MAX_DEBTS ? (
          <button type="button" onClick={() => setRows((r) => [...r, {}])} className="min-h-12 rounded-lg border border-accent bg-card px-5 font-semibold text-accent">
            再加一笔
          </button>
        ) : (
          <p className="text-sm text-muted">最多记{MAX_DEBTS}笔。</p>
        )}
        <button type="submit" disabled={!hydrated} className="min-h-12 rounded-lg bg-accent px-5 font-semibold text-accent-fg hover:bg-accent-strong disabled:opacity-60">
          看每一笔的情况
        </button>
      </div>
      <p className="text-sm text-muted">只在您的设备上计算，不会上传。</p>
    </form>
  );
}
