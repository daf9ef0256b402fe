"use client";
import { useState } from "react";
import type { PenaltyEstimate as Estimate } from "@/lib/engine/types";
import { EXAMPLE_DAILY_RATE_PERCENT, formatYuan } from "@/lib/engine/penalty";
import { readRatePercent } from "@/lib/situation/read-rate";
import { fragmentWith, plainDecimal } from "@/lib/situation/share-link";
import { MAX_DAILY_RATE_PERCENT } from "@/lib/situation/situation-schema";

/**
 * The penalty estimate with the rate the user can change. A new rate goes into the
 * fragment (`rate=`), so the engine recomputes and a shared link keeps it.
 */
export function PenaltyEstimate({ estimate: e }: { estimate: Estimate }) {
  // The example rate is shown as the box's placeholder, never as its value: a value
  // would look like the person's own rate.
  const [rateText, setRateText] = useState(e.rateIsExample ? "" : String(e.dailyRatePercent));
  const [error, setError] = useState("");

  function applyRate() {
    const percent = readRatePercent(rateText);
    const value = percent === null ? NaN : Number(percent);
    if (!(value >= 0 && value <= MAX_DAILY_RATE_PERCENT)) {
      setError(`请照账单填写每天的费率（0 到 ${MAX_DAILY_RATE_PERCENT}%），例如 0.05、0.05% 或 万分之五`);
      return;
    }
    setError("");
    window.location.replace(`#${fragmentWith(window.location.hash, { rate: plainDecimal(value) })}`);
  }

  return (
    <div className="space-y-2 rounded-lg border border-line bg-card p-3">
      <p>
        按每天 <strong>{e.dailyRatePercent}%</strong>
        {e.rateIsExample ? "（示例费率，不是平台公布的费率）" : "（您填写的费率）"}估算，
        {e.days === 0 ? "今天还没有罚息" : `逾期${e.days}天的罚息约为 `}
        {e.days > 0 ? <strong>{formatYuan(e.penaltyFen)}</strong> : null}
        {e.days > 0 ? `，连同本金共约 ${formatYuan(e.totalFen)}` : ""}。
      </p>
      <p className="text-sm text-muted">
        算法：{formatYuan(e.amountFen)} × {e.dailyRatePercent}% × {e.days}天，按单利估算，精确到分。平台没有公开统一的罚息率，请以您的合同或账单为准。
      </p>
      <div className="flex flex-wrap items-end gap-2 print:hidden">
        <div>
          <label htmlFor="rate" className="block text-sm font-semibold">
            您账单上的日费率（%）
          </label>
          <input
            id="rate"
            type="text"
            inputMode="decimal"
            value={rateText}
            placeholder={`例如 ${EXAMPLE_DAILY_RATE_PERCENT}`}
            onChange={(ev) => setRateText(ev.target.value)}
            aria-describedby={error ? "rate-hint rate-error" : "rate-hint"}
            aria-invalid={error ? true : undefined}
            className="min-h-11 w-32 rounded-lg border border-line bg-card px-3 placeholder:text-muted"
          />
        </div>
        <button type="button" onClick={applyRate} className="min-h-11 rounded-lg border border-accent px-4 text-accent">
          用这个费率重算
        </button>
      </div>
      <p id="rate-hint" className="text-sm text-muted print:hidden">
        照账单写就行：0.05、0.05%、日利率0.05% 或 万分之五 都可以。
      </p>
      {/* Always in the page, so the error is announced when the button puts it here. */}
      <p id="rate-error" role="alert" className="text-sm font-semibold text-error">
        {error}
      </p>
    </div>
  );
}
