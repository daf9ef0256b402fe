/** The check's text and date inputs: one id scheme, one way of pointing at the hint and the error. */
type Props = {
  /** `days`, `due`, `amount` on the check; `debt-<n>-<field>` on /several-debts. */
  name: string;
  label: string;
  value: string | undefined;
  onChange: (text: string) => void;
  /** The hint this input is described by (days and due share one). */
  hintId: string;
  error: string | undefined;
  type?: "text" | "date";
  inputMode?: "numeric" | "decimal";
  max?: string;
  /** Lines between the label and the box (a hint or error said before the person types). */
  children?: React.ReactNode;
  /** A unit after the box, e.g. 元. */
  unit?: string;
};

/** `field-<name>` with its label; the error line, when shown, is `<name>-error`. */
export function CheckInput({ name, label, value, onChange, hintId, error, type = "text", inputMode, max, children, unit }: Props) {
  const date = type === "date";
  const input = (
      <input
        id={`field-${name}`}
        name={name}
        type={type}
        inputMode={inputMode}
        autoComplete={date ? undefined : "off"}
        max={max}
        value={value ?? ""}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={`${hintId}${error ? ` ${name}-error` : ""}`}
        aria-invalid={error ? true : undefined}
        className={`min-h-12 w-full rounded-lg border bg-card ${date ? "px-2 text-base" : "px-3 text-lg"} ${error ? "border-error" : "border-line"}`}
      />
  );
  return (
    <>
      <label htmlFor={`field-${name}`} className="block text-lg font-semibold">
        {label}
      </label>
      {children}
      {unit ? (
        <div className="flex items-center gap-2">
          {input}
          <span aria-hidden="true" className="text-lg">
            {unit}
          </span>
        </div>
      ) : (
        input
      )}
    </>
  );
}
