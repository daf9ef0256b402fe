"use client";
import type { ReactNode } from "react";
import type { ToolkitNotes } from "@/components/plan/toolkit-notes";
import type { RateField, RateTerms, RateUnit, YearBasis } from "@/lib/plan/rate";

const input = "min-h-11 w-36 rounded-lg border border-line bg-card px-3 text-fg placeholder:text-muted";
const radio = "flex min-h-11 items-center gap-2";

type Props = {
  terms: RateTerms;
  onChange: (t: RateTerms) => void;
  errors: { field: RateField; message: string }[];
  /** Labels and hints, rendered by the server page. */
  text: ToolkitNotes["rate"];
};

/** The rate as the bill writes it: per day or per year, and any "× N 倍" for penalty interest. */
export function RateFields({ terms, onChange, errors, text }: Props) {
  const errorFor = (field: RateField) => errors.find((e) => e.field === field)?.message;
  const percentError = errorFor("percent");
  const multiplierError = errorFor("multiplier");
  const set = (patch: Partial<RateTerms>) => onChange({ ...terms, ...patch });
  return (
    <div className="space-y-3 rounded-lg border border-line bg-card p-3">
      <fieldset>
        <legend className="font-semibold">{text.unitLegend}</legend>
        <div className="flex flex-wrap gap-x-6">
          {(["daily", "annual"] as RateUnit[]).map((unit) => (
            <label key={unit} className={radio}>
              <input type="radio" name="rate-unit" value={unit} checked={terms.unit === unit} onChange={() => set({ unit })} className="size-5" />
              {text[unit].option}
            </label>
          ))}
        </div>
      </fieldset>
      <TextField
        id="rate-percent"
        label={text[terms.unit].label}
        hint={text[terms.unit].hint}
        placeholder={text[terms.unit].example}
        error={percentError}
        value={terms.percent}
        onChange={(percent) => set({ percent })}
      />
      {terms.unit === "annual" ? (
        <fieldset>
          <legend className="font-semibold">{text.basisLegend}</legend>
          <div className="flex flex-wrap gap-x-6">
            {([365, 360] as YearBasis[]).map((basis) => (
              <label key={basis} className={radio}>
                <input type="radio" name="rate-basis" value={basis} checked={terms.basis === basis} onChange={() => set({ basis })} className="size-5" />
                {basis}天{basis === 365 ? text.basisDefault : null}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <TextField id="rate-multiplier" label={text.multiplierLabel} hint={text.multiplierHint} error={multiplierError} value={terms.multiplier} onChange={(multiplier) => set({ multiplier })} />
    </div>
  );
}

type FieldProps = {
  id: string;
  label: ReactNode;
  hint: ReactNode;
  /** The example, shown in the empty box: never a value, so it cannot pass for the person's own. */
  placeholder?: string;
  error: string | undefined;
  value: string;
  onChange: (value: string) => void;
};

/**
 * A labelled decimal input with its hint and its error. The error line is always in
 * the page and polite-live, so a screen reader says the error when it appears and
 * when it goes, without the person leaving the box.
 */
function TextField({ id, label, hint, placeholder, error, value, onChange }: FieldProps) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <p id={`${id}-hint`} className="text-sm text-muted">
        {hint}
      </p>
      <p id={`${id}-error`} aria-live="polite" className="text-sm font-semibold text-error">
        {error ? <span className="sr-only">错误：</span> : null}
        {error}
      </p>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={value}
        placeholder={placeholder}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={error ? true : undefined}
        className={input}
      />
    </div>
  );
}
