import { LetterText } from "@/components/plan/letter-text";
import type { SourceRef } from "@/lib/content/client-content";
import type { IsoDate } from "@/lib/dates/iso-date";
import { fillTemplate, isTemplateAvailable, type AutoValues, type Inputs } from "@/lib/plan/fill-template";
import type { InputField, InputFieldSpec, LetterTemplate } from "@/lib/schema/templates";

type Props = {
  /** The templates the plan points to, in the plan's order. */
  ids: string[];
  templates: LetterTemplate[];
  fieldSpecs: Record<InputField, InputFieldSpec>;
  inputs: Inputs;
  auto: AutoValues;
  today: IsoDate;
  sources: readonly SourceRef[];
};

/**
 * On paper only: the call script and the written request the plan's steps point to
 * ("照着本页的通话提纲说"), filled as far as the person has typed, with blanks to write
 * in by hand where they have not. On screen they are in the section above.
 */
export function PrintedLetters({ ids, templates, fieldSpecs, inputs, auto, today, sources }: Props) {
  const shown = ids.map((id) => templates.find((t) => t.id === id)).filter((t): t is LetterTemplate => t !== undefined && isTemplateAvailable(t, today, sources));
  if (shown.length === 0) return null;
  return (
    <div className="hidden space-y-6 print:block" data-testid="printed-letters">
      {shown.map((t) => {
        const r = fillTemplate(t, fieldSpecs, inputs, auto, today, sources);
        return (
          <section key={t.id} aria-label={t.title} className="print:break-before-page">
            <h3 className="mb-2 text-lg font-bold">{t.title}</h3>
            <LetterText text={r.ok ? r.text : r.draft} />
          </section>
        );
      })}
    </div>
  );
}
