"use client";
import type { InputFieldSpec } from "@/lib/schema/templates";

type Props = {
  id: string;
  spec: InputFieldSpec;
  value: string;
  onChange: (value: string) => void;
  /** Shown beside the field, for a value that was typed but cannot be used. */
  error?: string;
  optional?: boolean;
};

const control = "min-h-11 w-full max-w-sm rounded-lg border border-line bg-card px-3 text-fg";

/** One labelled input; the kind decides the keyboard (date picker, digits, text). */
export function ToolkitField({ id, spec, value, onChange, error, optional }: Props) {
  const hintId = spec.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    value,
    "aria-describedby": describedBy,
    "aria-invalid": error ? true : undefined,
    autoComplete: "off",
  } as const;
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {spec.label}
        {optional ? "（选填）" : ""}
      </label>
      {spec.hint ? (
        <p id={hintId} className="text-sm text-muted">
          {spec.hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-sm font-semibold text-error">
          {error}
        </p>
      ) : null}
      {spec.kind === "long-text" ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} className={`${control} py-2`} />
      ) : (
        <input
          {...common}
          type={spec.kind.startsWith("date") ? "date" : "text"}
          inputMode={spec.kind === "money" ? "decimal" : spec.kind === "phone" ? "tel" : spec.kind === "phone-tail" ? "numeric" : undefined}
          onChange={(e) => onChange(e.target.value)}
          className={control}
        />
      )}
    </div>
  );
}
