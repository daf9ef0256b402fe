"use client";
import { FieldError, FieldHint } from "@/components/situation-form/field-message";

export type Choice<V extends string> = { value: V; label: string; hint?: string };

type Props<V extends string> = {
  name: string;
  legend: string;
  choices: readonly Choice<V>[];
  value: string | undefined;
  onChange: (value: V) => void;
  hint?: string;
  error?: string;
  /** Side by side for two short options; stacked otherwise. (Small groups flow at their own width.) */
  columns?: 1 | 2 | 3;
  size?: "large" | "small";
};

/** A radio group with a visible legend and large touch targets. */
export function ChoiceGroup<V extends string>({ name, legend, choices, value, onChange, hint, error, columns = 1, size = "large" }: Props<V>) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  // Short options sit side by side at their own width and wrap as whole options: a
  // fixed three-column grid at 360 px broke 「不确定」 inside the word.
  const layout = size === "small" ? "flex flex-wrap" : `grid ${columns === 3 ? "grid-cols-3" : columns === 2 ? "grid-cols-2" : "grid-cols-1"}`;
  return (
    <fieldset
      id={`field-${name}`}
      aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
      className="space-y-2"
    >
      <legend className={size === "large" ? "text-lg font-semibold" : "font-semibold"}>{legend}</legend>
      {hint && hintId ? <FieldHint id={hintId}>{hint}</FieldHint> : null}
      {errorId ? <FieldError id={errorId} message={error} /> : null}
      <div className={`gap-2 ${layout}`}>
        {choices.map((choice) => {
          const id = `${name}-${choice.value}`;
          const checked = value === choice.value;
          return (
            <label
              key={choice.value}
              htmlFor={id}
              className={`flex min-h-12 cursor-pointer items-start gap-3 rounded-lg border px-3 py-2.5 ${size === "small" ? "whitespace-nowrap" : ""} ${
                checked ? "border-accent bg-accent-soft" : "border-line bg-card"
              } ${error ? "border-error" : ""}`}
            >
              <input
                id={id}
                type="radio"
                name={name}
                value={choice.value}
                checked={checked}
                onChange={() => onChange(choice.value)}
                className="mt-1 size-5 shrink-0 accent-[var(--accent)]"
              />
              <span>
                <span className="block">{choice.label}</span>
                {choice.hint ? <span className="block text-sm text-muted">{choice.hint}</span> : null}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
