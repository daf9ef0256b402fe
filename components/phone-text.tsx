/**
 * Text with the official numbers made tappable (`tel:` links): 95188, 12378, 12321,
 * 110, 96110. A number inside a longer run of digits is left alone. The site keeps
 * `format-detection: telephone=no`, which stops the phone from guessing that amounts
 * and dates are numbers to dial; it does not touch links written out like these.
 */
const OFFICIAL = /(?<!\d)(95188|12378|12321|96110|110)(?!\d)/;

export function PhoneText({ text }: { text: string }) {
  // split() with a capturing group puts each number at an odd index.
  return text.split(OFFICIAL).map((part, i) =>
    i % 2 === 1 ? (
      <a key={i} href={`tel:${part}`} className="whitespace-nowrap underline">
        {part}
      </a>
    ) : (
      part
    ),
  );
}
