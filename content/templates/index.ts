/**
 * The letters and scripts the action toolkit fills, in the order the page offers them,
 * with the fields they ask for and the plan's fixed texts. The /plan page (a server
 * component) gets these from the loader and hands them to the client as props, so the long text
 * travels once in the page's data instead of being compiled into its JavaScript.
 */
import { callScript } from "@/content/templates/call-script";
import { fieldSpecs, followUpSpec } from "@/content/templates/fields";
import { courtReference, planTexts } from "@/content/templates/plan-content";
import { regulatorComplaint } from "@/content/templates/regulator-complaint";
import { stopContactRequest } from "@/content/templates/stop-contact-request";
import type { LetterTemplate, ToolkitTexts } from "@/lib/schema/templates";

export { fieldSpecs };

export const templates: LetterTemplate[] = [callScript, stopContactRequest, regulatorComplaint];

export const toolkitTexts: ToolkitTexts = { templates, fieldSpecs, followUpSpec, plan: planTexts, courtReference };
