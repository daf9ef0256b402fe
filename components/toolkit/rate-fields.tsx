"use client";
import type { RateField, RateTerms, RateUnit, YearBasis } from "@/lib/toolkit/rate";

const input = "min-h-11 w-36 rounded-lg border border-line bg-card px-3 text-fg";
const radio = "flex min-h-11 items-center gap-2";

type Props = { terms: RateTerms; onChange: (t: RateTerms) => void; errors: { field: RateField; message: string }[] };

/** The rate as the bill writes it: per day or per year, and any "× N 倍" for penalty interest. */
export function RateFields({ terms, onChange, errors }: Props) {
  const errorFor = (field: RateField) => errors.find((e) => e.field === field)?.message;
  const percentError = errorFor("percent");
  const multiplierError = errorFor("multiplier");
  const set = (patch: Partial<RateTerms>) => onChange({ ...terms, ...patch });
  return (
    <div className="space-y-3 rounded-lg border border-line bg-card p-3">
      <fieldset>
        <legend className="font-semibold">账单或合同上写的是</legend>
        <div className="flex flex-wrap gap-x-6">
          {(["daily", "annual"] as RateUnit[]).map((unit) => (
            <label key={unit} className={radio}>
              <input type="radio" name="rate-unit" value={unit} checked={terms.unit === unit} onChange={() => set({ unit })} className="size-5" />
              {unit === "daily" ? "日费率（每天）" : "年费率（每年）"}
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor="rate-percent" className="block font-semibold">
          {terms.unit === "daily" ? "日费率（%）" : "年费率（%）"}
        </label>
        <p id="rate-percent-hint" className="text-sm text-muted">
          {terms.unit === "daily" ? "例如账单写「日利率0.05%」，就填 0.05" : "例如合同写「年化利率18.25%」，就填 18.25"}
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
          <legend className="font-semibold">一年按多少天折算成日费率</legend>
          <div className="flex flex-wrap gap-x-6">
            {([365, 360] as YearBasis[]).map((basis) => (
              <label key={basis} className={radio}>
                <input type="radio" name="rate-basis" value={basis} checked={terms.basis === basis} onChange={() => set({ basis })} className="size-5" />
                {basis}天{basis === 365 ? "（本页默认）" : ""}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <div>
        <label htmlFor="rate-multiplier" className="block font-semibold">
          逾期后按几倍计算（选填）
        </label>
        <p id="rate-multiplier-hint" className="text-sm text-muted">
          有的合同写「罚息为正常利率的1.5倍」，就填 1.5；没有写就留 1
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
