/**
 * The letters and scripts the action toolkit fills, in the order the page offers them,
 * with the fields they ask for and the plan's fixed texts. The /plan page (a server
 * component) imports these and hands them to the client as props, so the long text
 * travels once in the page's data instead of being compiled into its JavaScript.
 */
import { callScript } from "@/content/templates/call-script";
import { fieldSpecs, followUpSpec } from "@/content/templates/fields";
import { planTexts, type PlanTexts } from "@/content/templates/plan-content";
import { regulatorComplaint } from "@/content/templates/regulator-complaint";
import { stopContactRequest } from "@/content/templates/stop-contact-request";
import type { InputField, InputFieldSpec, LetterTemplate } from "@/lib/toolkit/template-types";

export { fieldSpecs };

export const templates: LetterTemplate[] = [callScript, stopContactRequest, regulatorComplaint];

/** Everything the toolkit's client components need from this folder. Plain data, serialisable as props. */
export type ToolkitTexts = {
  templates: LetterTemplate[];
  fieldSpecs: Record<InputField, InputFieldSpec>;
  /** The plan's follow-up date. */
  followUpSpec: InputFieldSpec;
  plan: PlanTexts;
};

export const toolkitTexts: ToolkitTexts = { templates, fieldSpecs, followUpSpec, plan: planTexts };
