/** A number to dial, as a `tel:` link that stays on one line. */
export function TelLink({ number, className = "" }: { number: string; className?: string }) {
  return (
    <a href={`tel:${number}`} className={`whitespace-nowrap font-semibold underline${className ? ` ${className}` : ""}`}>
      {number}
    </a>
  );
}
