import { phoneParts } from "@/lib/format/phone-numbers";

/**
 * Text with the official numbers a person can dial made tappable (`tel:` links); which
 * numbers and where is lib/format/phone-numbers.ts (never a website's digits: 12321 is
 * dialled as 010-12321). The site keeps `format-detection: telephone=no`, which stops the
 * phone from guessing that amounts and dates are numbers to dial; it does not touch links
 * written out like these.
 */
export function PhoneText({ text }: { text: string }) {
  return phoneParts(text).map((part, i) =>
    part.tel ? (
      <a key={i} href={`tel:${part.tel}`} className="whitespace-nowrap underline">
        {part.text}
      </a>
    ) : (
      part.text
    ),
  );
}
