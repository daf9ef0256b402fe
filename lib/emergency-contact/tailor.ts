/**
 * From the contact's answers about the call to what the tailored answer shows:
 * which judgements (normal / you may stop it / crosses the line), which replies,
 * which complaint channels and which next steps. Pure: no React, no clock, no
 * content import, so the questionnaire can run it in the browser for a few bytes.
 * The wording and citations behind each id live in content/contact-*.ts.
 */
import type { CallAnswers } from "@/lib/schema/emergency-contact-answers";
import {
  ACTION_IDS,
  CHANNEL_IDS,
  type ActionId,
  type ChannelId,
  type JudgementId,
  type ReplyId,
  type Verdict,
} from "@/lib/schema/emergency-contact-ids";

export type Tailored = {
  /** Nothing answered yet: the page shows a prompt instead of an answer. */
  empty: boolean;
  /** The worst verdict among the judgements, or null when none applies. */
  overall: Verdict | null;
  /** Most serious first. */
  judgements: JudgementId[];
  /** Most fitting first. */
  replies: ReplyId[];
  /** In the order to try them. */
  channels: ChannelId[];
  /** In the order to do them. */
  actions: ActionId[];
};

/**
 * The verdict behind each judgement, defined only here: it decides the order and the overall
 * verdict, and the page's badge shows it (lib/emergency-contact/page-data.ts); the wording and citations
 * behind each judgement are in content/emergency-contact-guidance.ts.
 */
export const JUDGEMENT_VERDICT: Record<JudgementId, Verdict> = {
  "asked-to-pass-message": "normal",
  "agency-caller": "normal",
  "law-firm-caller": "your-right",
  "unknown-caller": "your-right",
  "debt-disclosed": "crosses-line",
  "asked-to-pay": "crosses-line",
  threats: "crosses-line",
  impersonation: "crosses-line",
  "night-calls": "crosses-line",
  "allowed-hours": "normal",
  "many-calls": "your-right",
  "calls-after-refusal": "crosses-line",
  "not-listed": "your-right",
  "my-contacts-used": "crosses-line",
};

const RANK: Record<Verdict, number> = { "crosses-line": 0, "your-right": 1, normal: 2 };

const inOrder = <T extends string>(order: readonly T[], picked: Set<T>): T[] => order.filter((id) => picked.has(id));

/**
 * @example
 * tailorCallAnswers({ said: ["message"], time: "day", calls: 1 })
 * // { overall: "normal", judgements: ["asked-to-pass-message"], replies: ["pass-on-and-decline", …], … }
 */
export function tailorCallAnswers(answers: CallAnswers): Tailored {
  const said = new Set(answers.said ?? []);
  const judgements: JudgementId[] = [];
  const add = (id: JudgementId, when: boolean) => {
    if (when) judgements.push(id);
  };

  add("asked-to-pass-message", said.has("message"));
  add("debt-disclosed", said.has("debt"));
  add("asked-to-pay", said.has("pay"));
  add("threats", said.has("threat"));
  add("impersonation", said.has("impersonate"));
  add("agency-caller", answers.caller === "agency");
  add("law-firm-caller", answers.caller === "law-firm");
  add("unknown-caller", answers.caller === "unsure");
  add("night-calls", answers.time === "night");
  // Said out loud, because a call at 21:50 feels like night: it is inside the allowed hours.
  add("allowed-hours", answers.time === "day");
  add("calls-after-refusal", answers.refused === "ignored");
  // More than one call with no refusal yet: allowed so far, and the contact can end it.
  const calls = answers.calls ?? 0;
  add("many-calls", calls >= 2 && answers.refused !== "ignored");
  add("not-listed", answers.found === "not-listed");
  add("my-contacts-used", answers.found === "my-contacts");

  // Stable sort: most serious first, question order within a verdict.
  judgements.sort((a, b) => RANK[JUDGEMENT_VERDICT[a]] - RANK[JUDGEMENT_VERDICT[b]]);
  const overall = judgements.length > 0 ? JUDGEMENT_VERDICT[judgements[0] as JudgementId] : null;
  const crosses = overall === "crosses-line";
  // Someone at the door (or saying they will come) is treated like a threat: 110 and staying safe.
  const unsafe = said.has("threat") || said.has("impersonate") || said.has("visit");
  const hostile = unsafe || answers.refused === "ignored";

  const empty =
    !answers.caller && said.size === 0 && !answers.time && !answers.calls && !answers.refused && !answers.found;
  // The polite reply is for a first call: not offered on the third call of the day,
  // nor once the contact has already said stop.
  const repeated = calls >= 2 || answers.refused === "respected" || answers.refused === "ignored";

  // Replies: a firm one first when the calls are hostile, repeated or already refused;
  // the polite one first otherwise. The message to the borrower always helps.
  const replies: ReplyId[] = hostile || repeated
    ? ["stop-calling", "message-to-borrower"]
    : overall === null || overall === "normal"
      ? ["pass-on-and-decline", "message-to-borrower"]
      : ["pass-on-and-decline", "stop-calling", "message-to-borrower"];

  const channels = new Set<ChannelId>(["platform"]);
  if (crosses || answers.refused === "ignored") channels.add("regulator-12378");
  if (
    said.has("debt") ||
    answers.time === "night" ||
    calls >= 2 ||
    answers.refused === "ignored" ||
    answers.found === "not-listed" ||
    answers.found === "my-contacts"
  )
    channels.add("report-12321");
  if (unsafe) channels.add("police-110");
  const unverified = answers.caller === "unsure" || answers.caller === "law-firm";
  if (said.has("impersonate") || said.has("pay") || unverified) channels.add("anti-fraud-96110");

  const actions = new Set<ActionId>();
  if (said.has("message") || overall === null || overall === "normal") actions.add("pass-the-message");
  actions.add("promise-nothing");
  if (answers.caller === "agency" || unverified) actions.add("ask-who-is-calling");
  if (said.has("pay") || said.has("impersonate") || unverified) actions.add("pay-nobody");
  if (answers.refused !== "respected" && (overall !== null || calls > 0)) actions.add("say-stop");
  if (answers.found === "not-listed" || answers.found === "my-contacts" || answers.refused === "ignored")
    actions.add("ask-to-delete");
  if (crosses) actions.add("keep-records");
  if (unsafe) actions.add("stay-safe");

  return {
    empty,
    overall,
    judgements,
    replies,
    channels: inOrder(CHANNEL_IDS, channels),
    actions: inOrder(ACTION_IDS, actions),
  };
}
