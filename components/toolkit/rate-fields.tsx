"use client";
import type { ToolkitNotes } from "@/components/toolkit/toolkit-notes";
import type { RateField, RateTerms, RateUnit, YearBasis } from "@/lib/toolkit/rate";

const input = "min-h-11 w-36 rounded-lg border border-line bg-card px-3 text-fg";
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
      <div>
        <label htmlFor="rate-percent" className="block font-semibold">
          {text[terms.unit].label}
        </label>
        <p id="rate-percent-hint" className="text-sm text-muted">
          {text[terms.unit].hint}
        </p>
        {percentError ? (
          <p id="rate-percent-error" className="text-sm font-semibold text-error">
            {percentError}
          </p>
        ) : null}
        <input
          id="rate-percent"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={terms.percent}
          onChange={(e) => set({ percent: e.target.value })}
          aria-describedby={percentError ? "rate-percent-hint rate-percent-error" : "rate-percent-hint"}
          aria-invalid={percentError ? true : undefined}
          className={input}
        />
      </div>
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
      <div>
        <label htmlFor="rate-multiplier" className="block font-semibold">
          {text.multiplierLabel}
        </label>
        <p id="rate-multiplier-hint" className="text-sm text-muted">
          {text.multiplierHint}
        </p>
        {multiplierError ? (
          <p id="rate-multiplier-error" className="text-sm font-semibold text-error">
            {multiplierError}
          </p>
        ) : null}
        <input
          id="rate-multiplier"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={terms.multiplier}
          onChange={(e) => set({ multiplier: e.target.value })}
          aria-describedby={multiplierError ? "rate-multiplier-hint rate-multiplier-error" : "rate-multiplier-hint"}
          aria-invalid={multiplierError ? true : undefined}
          className={input}
        />
      </div>
    </div>
  );
}
