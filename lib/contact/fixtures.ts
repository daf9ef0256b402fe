/**
 * Named calls, shared by the unit tests and the end-to-end tests: each is a set of
 * questionnaire answers a contact might give.
 */
import type { CallAnswers } from "@/lib/contact/answers";

export const CALLS = {
  /** The platform asked, in the daytime, once, to pass a message on. */
  normal: { caller: "platform", said: ["message"], time: "day", frequency: "once", refused: "not-yet", found: "listed" },
  /** An agency told the contact how much the borrower owes. */
  debtDisclosed: { caller: "agency", said: ["message", "debt"], time: "day", frequency: "few" },
  /** Threats and a claim to be the police, late at night. */
  threats: { caller: "unsure", said: ["threat", "impersonate"], time: "night", frequency: "many" },
  /** Asked to pay. */
  askedToPay: { caller: "platform", said: ["pay"] },
  /** Still calling after the contact said stop, and the number came from nowhere the contact agreed to. */
  ignoredRefusal: { frequency: "many", refused: "ignored", found: "not-listed" },
} satisfies Record<string, CallAnswers>;
