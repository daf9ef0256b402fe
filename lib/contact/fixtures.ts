/**
 * Named calls, shared by the unit tests and the end-to-end tests: each is a set of
 * questionnaire answers a contact might give.
 */
import type { CallAnswers } from "@/lib/contact/answers";

export const CALLS = {
  /** The platform asked, in the daytime, once, to pass a message on. */
  normal: { caller: "platform", said: ["message"], time: "day", calls: 1, refused: "not-yet", found: "listed" },
  /** An agency told the contact how much the borrower owes. */
  debtDisclosed: { caller: "agency", said: ["message", "debt"], time: "day", calls: 3 },
  /** Threats and a claim to be the police, late at night. */
  threats: { caller: "unsure", said: ["threat", "impersonate"], time: "night", calls: 8 },
  /** Asked to pay. */
  askedToPay: { caller: "platform", said: ["pay"] },
  /** Still calling after the contact said stop, and the number came from nowhere the contact agreed to. */
  ignoredRefusal: { calls: 8, refused: "ignored", found: "not-listed" },
  /** 王阿姨: her third call today, at 21:50, from someone who said they were from a law firm and told her the amount. */
  lawFirmAt2150: { caller: "law-firm", said: ["debt"], time: "day", calls: 3 },
} satisfies Record<string, CallAnswers>;
