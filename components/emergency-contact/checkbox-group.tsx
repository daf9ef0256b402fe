"use client";

type Props<V extends string> = {
  name: string;
  legend: string;
  choices: readonly { value: V; label: string }[];
  values: readonly V[];
  onChange: (values: V[]) => void;
};

/** A group of checkboxes with a visible legend and the same large targets as ChoiceGroup. */
export function CheckboxGroup<V extends string>({ name, legend, choices, values, onChange }: Props<V>) {
  const toggle = (value: V, on: boolean) =>
    onChange(choices.map((c) => c.value).filter((v) => (v === value ? on : values.includes(v))));
  return (
    <fieldset id={`field-${name}`} className="space-y-2">
      <legend className="text-lg font-semibold">{legend}</legend>
      <div className="grid gap-2">
        {choices.map((choice) => {
          const id = `${name}-${choice.value}`;
          const checked = values.includes(choice.value);
          return (
            <label
              key={choice.value}
              htmlFor={id}
              className={`flex min-h-12 cursor-pointer items-start gap-3 rounded-lg border px-3 py-2.5 ${
                checked ? "border-accent bg-accent-soft" : "border-line bg-card"
              }`}
            >
              <input
                id={id}
                type="checkbox"
                name={name}
                value={choice.value}
                checked={checked}
                onChange={(e) => toggle(choice.value, e.target.checked)}
                className="mt-1 size-5 shrink-0 accent-[var(--accent)]"
              />
              <span>{choice.label}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
