/** A filled letter or script, or its draft with blanks, exactly as it will be copied, saved or printed. */
export function LetterText({ id, text }: { id?: string; text: string }) {
  return (
    <div id={id} data-testid={id} data-speech className="whitespace-pre-wrap break-words rounded-lg border border-line bg-bg p-3 text-[15px] print:border-0 print:p-0">
      {text}
    </div>
  );
}
