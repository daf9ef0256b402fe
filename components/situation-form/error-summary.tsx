"use client";
import type { MouseEvent, Ref } from "react";
import { focusTarget } from "@/components/focus-target";

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
 * The same messages as beside the fields, gathered at the top. The form focuses it
 * after a submit, which makes screen readers read its heading; it is not a live
 * region, so fixing a field (which drops its line) does not make it read out again:
 * the form's own status line says what is left.
 *
 * The links move focus in code and cancel the jump: following `href="#field-amount"`
 * would put `field-amount` into the URL fragment, which this page reads as answers.
 */
export function ErrorSummary({ errors, ref }: { errors: readonly { field: string; message: string }[]; ref?: Ref<HTMLDivElement> }) {
  if (errors.length === 0) return null;
  function jump(event: MouseEvent<HTMLAnchorElement>, id: string) {
    if (focusTarget(id)) event.preventDefault();
  }
  return (
    <div ref={ref} tabIndex={-1} role="region" aria-labelledby="error-summary-title" className="rounded-lg border-2 border-error bg-error-soft p-4">
      <h2 id="error-summary-title" className="font-semibold">
        还差一点：请改正下面{errors.length > 1 ? `${errors.length}处` : "这一处"}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {errors.map((e) => {
          const id = TARGET[e.field] ?? `field-${e.field}`;
          return (
            <li key={e.field}>
              <a href={`#${id}`} onClick={(event) => jump(event, id)} className="text-error underline">
                {e.message}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
