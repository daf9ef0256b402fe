/**
 * The ids the tailoring logic can pick. The content records in content/contact-*.ts
 * must use exactly these (the zod schemas in lib/schema/emergency-contact.ts enforce it, and a
 * sweep test checks every id has a record), so logic and wording never drift apart.
 */

export const KEY_POINT_IDS = ["owes-nothing", "why-called", "do-now"] as const;

export const JUDGEMENT_IDS = [
  "asked-to-pass-message",
  "agency-caller",
  "law-firm-caller",
  "unknown-caller",
  "debt-disclosed",
  "asked-to-pay",
  "threats",
  "impersonation",
  "night-calls",
  "allowed-hours",
  "many-calls",
  "calls-after-refusal",
  "not-listed",
  "my-contacts-used",
] as const;

export const REPLY_IDS = ["pass-on-and-decline", "message-to-borrower", "stop-calling"] as const;

/** In the order a contact should try them. */
export const CHANNEL_IDS = ["platform", "regulator-12378", "report-12321", "police-110", "anti-fraud-96110"] as const;

/** In the order to do them: safety first. */
export const ACTION_IDS = [
  "stay-safe",
  "pay-nobody",
  "promise-nothing",
  "pass-the-message",
  "ask-who-is-calling",
  "say-stop",
  "ask-to-delete",
  "keep-records",
] as const;

export const VERDICTS = ["crosses-line", "your-right", "normal"] as const;

export type KeyPointId = (typeof KEY_POINT_IDS)[number];
export type JudgementId = (typeof JUDGEMENT_IDS)[number];
export type ReplyId = (typeof REPLY_IDS)[number];
export type ChannelId = (typeof CHANNEL_IDS)[number];
export type ActionId = (typeof ACTION_IDS)[number];
/** crosses-line: a rule forbids it; your-right: allowed so far, but you may make it stop; normal: within the rules. */
export type Verdict = (typeof VERDICTS)[number];
