import type { ReactNode } from "react";
import { FieldError, FieldHint } from "@/components/situation-form/field-message";

export type Choice<V extends string> = { value: V; label: ReactNode; hint?: string };

/**
 * How a group looks, one entry per place it is used:
 * - "card": the check's questions (/, /several-debts): whole-row cards, the chosen one
 *   marked from state, with a hint under a choice if it has one;
 * - "chip": the 来电记录's entry form: smaller chips, two or three a row, marked by CSS;
 * - "native": /emergency-contact's questions, rendered on the server and read from the
 *   form by its script (call-questionnaire.tsx): the look is set once on the list, not on
 *   every label and input, because the page's HTML also carries React's copy of the markup.
 */
export type ChoiceLook = "card" | "chip" | "native";

const NATIVE_LIST =
  "grid gap-2 *:flex *:min-h-12 *:cursor-pointer *:items-start *:gap-3 *:rounded-lg *:border *:border-line *:bg-card *:px-3 *:py-2.5 *:has-checked:border-accent *:has-checked:bg-accent-soft [&_input]:mt-1 [&_input]:size-5 [&_input]:shrink-0 [&_input]:accent-[var(--accent)]";
/** A "chip" label; the 来电记录's checkboxes wear it too. */
export const CHIP = "flex min-h-11 items-center gap-2 rounded-lg border border-line bg-card px-3 py-2 has-[:checked]:border-accent has-[:checked]:bg-accent-soft";

type Props<V extends string> = {
  /** The inputs' name. */
  name: string;
  legend: ReactNode;
  choices: readonly Choice<V>[];
  /** The chosen value and what a change does. Without `onChange` the inputs are the browser's own, read from the form. */
  value?: string;
  onChange?: (value: V) => void;
  /** Checkboxes for a question with several answers ("native" only). */
  type?: "radio" | "checkbox";
  /** Each input's id, which error links focus; `${name}-${value}` unless given. */
  idOf?: (value: V) => string;
  hint?: string;
  error?: string;
  /** Where the error line goes; `${name}-error` unless given. */
  errorId?: string;
  look?: ChoiceLook;
  /** "card": side by side for two short options; stacked otherwise. (Small groups flow at their own width.) */
  columns?: 1 | 2 | 3;
  size?: "large" | "small";
};

/** A group of radio buttons (or checkboxes) with a visible legend, its hint and error, and large touch targets. */
export function ChoiceGroup<V extends string>({ name, legend, choices, value, onChange, type = "radio", idOf, hint, error, errorId, look = "card", columns = 1, size = "large" }: Props<V>) {
  const card = look === "card";
  const hintId = hint ? `${name}-hint` : undefined;
  const shownErrorId = error ? (errorId ?? `${name}-error`) : undefined;
  // Short options sit side by side at their own width and wrap as whole options: a
  // fixed three-column grid at 360 px broke 「不确定」 inside the word.
  const list =
    look === "native"
      ? NATIVE_LIST
      : look === "chip"
        ? "grid grid-cols-2 gap-2 sm:grid-cols-3"
        : `gap-2 ${size === "small" ? "flex flex-wrap" : `grid ${columns === 3 ? "grid-cols-3" : columns === 2 ? "grid-cols-2" : "grid-cols-1"}`}`;
  return (
    <fieldset id={card ? `field-${name}` : undefined} aria-describedby={[hintId, shownErrorId].filter(Boolean).join(" ") || undefined} className="space-y-2">
      <legend className={look === "chip" || (card && size === "small") ? "font-semibold" : "text-lg font-semibold"}>{legend}</legend>
      {hint && hintId ? <FieldHint id={hintId}>{hint}</FieldHint> : null}
      {shownErrorId ? <FieldError id={shownErrorId} message={error} /> : null}
      <div className={list}>
        {choices.map((choice) => {
          const id = idOf ? idOf(choice.value) : `${name}-${choice.value}`;
          const checked = onChange ? value === choice.value : undefined;
          return (
            <label
              key={choice.value}
              htmlFor={card ? id : undefined}
              className={
                look === "chip"
                  ? CHIP
                  : card
                    ? `flex min-h-12 cursor-pointer items-start gap-3 rounded-lg border px-3 py-2.5 ${size === "small" ? "whitespace-nowrap" : ""} ${
                        checked ? "border-accent bg-accent-soft" : "border-line bg-card"
                      } ${error ? "border-error" : ""}`
                    : undefined
              }
            >
              <input
                id={id}
                type={type}
                name={name}
                value={choice.value}
                checked={checked}
                onChange={onChange ? () => onChange(choice.value) : undefined}
                className={look === "chip" ? "size-5 shrink-0 accent-(--accent)" : card ? "mt-1 size-5 shrink-0 accent-[var(--accent)]" : undefined}
              />
              {look === "native" ? (
                choice.label
              ) : look === "chip" ? (
                <span>{choice.label}</span>
              ) : (
                <span>
                  <span className="block">{choice.label}</span>
                  {choice.hint ? <span className="block text-sm text-muted">{choice.hint}</span> : null}
                </span>
              )}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
