"use client";
import { ChoiceGroup } from "@/components/choice-group";
import { CheckInput } from "@/components/situation-form/check-input";
import { FieldError, FieldHint } from "@/components/situation-form/field-message";
import type { DebtField, DebtRow } from "@/lib/several-debts/debt";
import { DEBT_KIND_LABELS, DEBT_KINDS, SECURITY_ANSWERS, SECURITY_LABELS } from "@/lib/schema/debt-kinds";

const KINDS = DEBT_KINDS.map((value) => ({ value, label: DEBT_KIND_LABELS[value] }));
const SECURITY = SECURITY_ANSWERS.map((value) => ({ value, label: SECURITY_LABELS[value] }));

/** `debt-<n>-<field>`: the id scheme of every input, hint and error of one debt (n from 1). */
export const debtFieldName = (n: number, field: DebtField) => `debt-${n}-${field}`;

type Props = {
  n: number;
  row: DebtRow;
  set: (field: DebtField, value: string) => void;
  errorOf: (field: DebtField) => string | undefined;
  onRemove?: () => void;
};

/** One debt's questions, in a fieldset named 第n笔. */
export function DebtFields({ n, row, set, errorOf, onRemove }: Props) {
  const name = (field: DebtField) => debtFieldName(n, field);
  const input = (field: "amount" | "days" | "rate", label: string, unit: string, hint: string, inputMode: "numeric" | "decimal") => {
    const error = errorOf(field);
    return (
      <div className="space-y-1">
        <CheckInput name={name(field)} label={label} inputMode={inputMode} unit={unit} value={row[field]} onChange={(v) => set(field, v)} hintId={`${name(field)}-hint`} error={error}>
          <FieldHint id={`${name(field)}-hint`}>{hint}</FieldHint>
          <FieldError id={`${name(field)}-error`} message={error} />
        </CheckInput>
      </div>
    );
  };
  return (
    <fieldset className="space-y-5 rounded-lg border border-line bg-card p-4" data-debt={n}>
      <legend className="px-1 text-lg font-bold">第{n}笔</legend>
      <ChoiceGroup name={name("kind")} legend="借款种类" choices={KINDS} value={row.kind} onChange={(v) => set("kind", v)} error={errorOf("kind")} size="small" />
      {input("amount", "欠款金额", "元", "可以写 20000、2万。", "decimal")}
      {input("days", "逾期天数", "天", "还没逾期的填 0。", "numeric")}
      {input("rate", "日费率（选填）", "%", "写在合同或账单上，例如 0.05 或「万分之五」；不知道就空着。", "decimal")}
      <ChoiceGroup name={name("collateral")} legend="有抵押吗？（比如房贷、车贷）" choices={SECURITY} value={row.collateral} onChange={(v) => set("collateral", v)} error={errorOf("collateral")} size="small" />
      <ChoiceGroup name={name("guarantor")} legend="有担保人吗？" choices={SECURITY} value={row.guarantor} onChange={(v) => set("guarantor", v)} error={errorOf("guarantor")} size="small" />
      {onRemove ? (
        <button type="button" onClick={onRemove} className="min-h-11 rounded-lg border border-line px-4 text-accent">
          删掉第{n}笔
        </button>
      ) : null}
    </fieldset>
  );
}
