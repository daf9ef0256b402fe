"use client";
import Link from "@/components/site-link";
import { useState } from "react";
import { Citations } from "@/components/citations";
import { JumpButton } from "@/components/toolkit/jump-button";
import { LetterPreview } from "@/components/toolkit/letter-preview";
import { ToolkitField } from "@/components/toolkit/toolkit-field";
import { fieldSpecs, templates } from "@/content/templates";
import type { IsoDate } from "@/lib/dates/iso-date";
import type { Situation } from "@/lib/situation/parse-situation";
import { autoValues } from "@/lib/toolkit/auto-values";
import { fillTemplate, inputFieldsOf, isTemplateAvailable, readInput, type Inputs } from "@/lib/toolkit/fill-template";
import { citationsInForce } from "@/lib/toolkit/in-force-citations";

type Props = { situation: Situation; today: IsoDate; inputs: Inputs; onInputsChange: (i: Inputs) => void };

/** What to say: pick a letter, fill what is missing, preview, then copy or download. */
export function ScriptsSection({ situation, today, inputs, onInputsChange }: Props) {
  const available = templates.filter((t) => isTemplateAvailable(t, today));
  const [chosenId, setChosenId] = useState(available[0]?.id ?? "");
  const template = available.find((t) => t.id === chosenId) ?? available[0];
  if (!template) return null;
  const fields = inputFieldsOf(template);
  const result = fillTemplate(template, fieldSpecs, inputs, autoValues(situation, today), today);

  return (
    <section aria-labelledby="say" className="space-y-4 print:hidden">
      <h2 id="say" className="text-xl font-bold">
        怎么说：电话提纲和书面请求
      </h2>
      <p>
        下面的内容已经按您的回答填好，还缺的信息会列出来。您填写的内容只在这个页面里，关掉页面就没有了。
      </p>
      <p className="rounded-lg bg-warn-soft px-3 py-2 text-sm">
        协商和投诉都是免费的，您本人就能办，不需要交钱请人代办。<JumpButton targetId="scam">为什么要当心收费代办</JumpButton>
      </p>
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
      <p className="text-sm">
        紧急联系人接到电话时可以怎么回：见<Link href="/emergency-contact" className="underline">紧急联系人页面</Link>。
      </p>
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
      {result.ok ? (
        <LetterPreview text={result.text} fileName={template.fileName} />
      ) : (
        <div className="space-y-2 rounded-lg border border-line bg-card p-3" data-testid="letter-missing">
          <h3 className="font-semibold">还差这些，填好后就能预览、复制和下载：</h3>
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
      <Citations citations={citationsInForce(template.citations, today)} />
    </section>
  );
}
