"use client";
import type { Ref } from "react";
import type { FieldError } from "@/lib/situation/parse-situation";

/** Which element each field's error link should focus. */
const TARGET: Record<string, string> = {
  product: "product-jiebei",
  history: "history-ontime",
  contact: "contact-negotiating",
  ec: "ec-yes",
  partial: "partial-yes",
  guarantor: "guarantor-yes",
};

/**
 * The same messages as beside the fields, gathered at the top. role="alert" sits on a
 * container that exists only while there are errors, so it is announced once.
 */
export function ErrorSummary({ errors, ref }: { errors: FieldError[]; ref?: Ref<HTMLDivElement> }) {
  if (errors.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="rounded-lg border-2 border-error bg-error-soft p-4">
      <h2 id="error-summary-title" className="font-semibold">
        还差一点：请改正下面{errors.length > 1 ? `${errors.length}处` : "这一处"}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {errors.map((e) => (
          <li key={e.field}>
            <a href={`#${TARGET[e.field] ?? `field-${e.field}`}`} className="text-error underline">
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
