/** The letters and scripts the action toolkit fills, in the order the page offers them. */
import { callScript } from "@/content/templates/call-script";
import { regulatorComplaint } from "@/content/templates/regulator-complaint";
import { stopContactRequest } from "@/content/templates/stop-contact-request";
import type { LetterTemplate } from "@/lib/toolkit/template-types";

export { fieldSpecs } from "@/content/templates/fields";

export const templates: LetterTemplate[] = [callScript, stopContactRequest, regulatorComplaint];
