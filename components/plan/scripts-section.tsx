"use client";
import { lazy, Suspense, useState } from "react";
import { ClientCitations } from "@/components/timeline/source-titles";
import { JumpButton } from "@/components/plan/jump-button";
import { LetterText } from "@/components/plan/letter-text";
import { ToolkitField } from "@/components/plan/toolkit-field";
import type { ToolkitNotes } from "@/components/plan/toolkit-notes";
import type { ToolkitTexts } from "@/lib/schema/templates";
import type { SourceRef } from "@/lib/content/client-content";
import type { IsoDate } from "@/lib/dates/iso-date";
import type { Situation } from "@/lib/situation/parse-situation";
import { autoValues } from "@/lib/plan/auto-values";
import { fillTemplate, inputFieldsOf, isTemplateAvailable, readInput, type Inputs } from "@/lib/plan/fill-template";
import { citationsInForce } from "@/lib/engine/in-force";

/** Copy and download appear once every field the letter needs is filled in, so their code loads then. */
const TextActions = lazy(() => import("@/components/plan/text-actions").then((m) => ({ default: m.TextActions })));

type Props = { situation: Situation; sources: readonly SourceRef[]; texts: ToolkitTexts; notes: ToolkitNotes; today: IsoDate; inputs: Inputs; onInputsChange: (i: Inputs) => void };

/**
 * What to say: pick a letter and see all of it at once, with a visible blank for each
 * value still missing 「【您的姓名】」, filled in as the person types; copy and download
 * come when nothing is missing.
 */
export function ScriptsSection({ situation, sources, texts: { templates, fieldSpecs }, notes, today, inputs, onInputsChange }: Props) {
  const available = templates.filter((t) => isTemplateAvailable(t, today, sources));
  const [chosenId, setChosenId] = useState(available[0]?.id ?? "");
  const template = available.find((t) => t.id === chosenId) ?? available[0];
  if (!template) return null;
  const fields = inputFieldsOf(template);
  const result = fillTemplate(template, fieldSpecs, inputs, autoValues(situation, today), today, sources);

  return (
    <section aria-labelledby="say" className="render-when-near space-y-4 print:hidden">
      <h2 id="say" className="text-xl font-bold">
        {notes.headings.say}
      </h2>
      {notes.scriptsIntro}
      <fieldset>
        <legend className="font-semibold">选一份</legend>
        <div className="space-y-1">
          {available.map((t) => (
            <label key={t.id} className="flex min-h-11 items-center gap-2">
              <input type="radio" name="template" value={t.id} checked={t.id === template.id} onChange={() => setChosenId(t.id)} className="size-5 shrink-0" />
              {t.title}
            </label>
          ))}
        </div>
      </fieldset>
      {notes.emergencyContact}
      <div className="space-y-4 rounded-lg border border-line bg-card p-3">
        <h3 className="text-lg font-semibold">{template.title}</h3>
        <p className="text-sm">{template.purpose}</p>
        {fields.map((field) => {
          const value = inputs[field] ?? "";
          const reading = readInput(fieldSpecs[field], value, today);
          return (
            <ToolkitField
              key={field}
              id={`tk-${field}`}
              spec={fieldSpecs[field]}
              value={value}
              onChange={(v) => onInputsChange({ ...inputs, [field]: v })}
              error={value.trim() !== "" && !reading.ok ? reading.message : undefined}
            />
          );
        })}
      </div>
      <div className="space-y-3">
        <h3 className="font-semibold">{result.ok ? "预览（复制和下载的就是这段文字）" : "预览（【】里的空白，填好上面的项就会补上）"}</h3>
        <LetterText id="letter-preview" text={result.ok ? result.text : result.draft} />
      </div>
      {result.ok ? (
        <Suspense fallback={null}>
          <TextActions text={result.text} fileName={template.fileName} previewId="letter-preview" />
        </Suspense>
      ) : (
        <div className="space-y-2 rounded-lg border border-line bg-card p-3" data-testid="letter-missing">
          <h3 className="font-semibold">{notes.missingHeading}</h3>
          <ul className="list-disc space-y-1 pl-5">
            {result.missing.map((m) => (
              <li key={m.field}>
                <JumpButton targetId={`tk-${m.field}`} className="block">
                  {m.message}
                </JumpButton>
              </li>
            ))}
          </ul>
        </div>
      )}
      <ClientCitations citations={citationsInForce(template.citations, today, sources)} />
    </section>
  );
}
