/**
 * The words a 来电记录 entry is made of, as plain arrays: the page, the checks, the
 * stored format and the content schema all read these, and they ship to the phone, so
 * there is no zod and no content import here.
 */

/** Whose log it is: the borrower's own, or an emergency contact's. */
export type Role = "borrower" | "contact";

/** Who made the contact. */
export const CALLERS = ["platform", "agency", "unknown"] as const;
/** How the contact came. */
export const CHANNELS = ["call-answered", "call-missed", "sms", "social-app", "letter", "visit"] as const;
/** Who was contacted, seen from the debt: the borrower, or someone else. */
export const CONTACTED = ["debtor", "emergency-contact", "family", "colleague-friend", "other"] as const;
/** What happened, as checkboxes; several may apply. */
export const FLAGS = [
  "disclosed-debt",
  "threatened",
  "insulted",
  "impersonated-authority",
  "borrow-to-repay",
  "asked-fees",
  "asked-others-to-pay",
  "came-to-door",
  "continued-after-stop",
  "contacted-others-after-answer",
] as const;

export type Caller = (typeof CALLERS)[number];
export type LogChannel = (typeof CHANNELS)[number];
export type Contacted = (typeof CONTACTED)[number];
export type Flag = (typeof FLAGS)[number];

/** Anyone but the borrower is a third party to the loan. */
export function isThirdParty(contacted: Contacted): boolean {
  return contacted !== "debtor";
}

/** Where a complaint the person sent went (the complaint ladder, lib/call-log/ladder.ts). */
export const COMPLAINT_CHANNELS = ["lender", "12378", "110", "other"] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

/** A channel's answer period, with the source that gives it. */
export type ResponsePeriod = { days: number; citation: { source: string; where?: string } };

/** The ladder's content (content/complaint-ladder.ts): periods (null where no held source gives one) and its texts. */
export type LadderContent = {
  periods: Record<ComplaintChannel, ResponsePeriod | null>;
  noPeriod: string;
  earlierUnknown: string;
  police: string;
};
