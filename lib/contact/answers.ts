/**
 * The questions about the call, their allowed answers and the labels the form shows.
 * Plain data with no zod and no content import: the questionnaire (a client component)
 * imports it, and every kilobyte here ships to the phone.
 */

export const CALL_ANSWER_VALUES = {
  /** Who called. */
  caller: ["platform", "agency", "unsure"],
  /** What the caller said or asked; several may apply. */
  said: ["message", "debt", "pay", "threat", "impersonate"],
  /** When the calls came. */
  time: ["day", "night", "unsure"],
  /** How often. */
  frequency: ["once", "few", "many"],
  /** Whether the contact has already asked them to stop, and what happened after. */
  refused: ["not-yet", "respected", "ignored"],
  /** How the caller came to have the contact's number. */
  found: ["listed", "not-listed", "my-contacts", "unsure"],
} as const;

type Values = typeof CALL_ANSWER_VALUES;
export type Caller = Values["caller"][number];
export type Said = Values["said"][number];
export type CallTime = Values["time"][number];
export type Frequency = Values["frequency"][number];
export type Refused = Values["refused"][number];
export type Found = Values["found"][number];

/** Every question is optional: an unanswered one is simply left out. */
export type CallAnswers = {
  caller?: Caller;
  said?: readonly Said[];
  time?: CallTime;
  frequency?: Frequency;
  refused?: Refused;
  found?: Found;
};

export type QuestionId = keyof Values;

export const CALL_QUESTION_LEGENDS: Record<QuestionId, string> = {
  caller: "谁打来的？（选填）",
  said: "对方说了什么？（选填，可多选）",
  time: "什么时候打来的？（选填）",
  frequency: "打了多少次？（选填）",
  refused: "您说过「别再打给我」吗？（选填）",
  found: "对方是怎么找到您的？（选填）",
};

export const CALLER_LABELS: Record<Caller, string> = {
  platform: "借呗、花呗或支付宝（对方说自己是平台）",
  agency: "某某公司、某某律所等第三方机构",
  unsure: "没说清楚 / 不确定",
};

export const SAID_LABELS: Record<Said, string> = {
  message: "请我转告借款人，或问他的新号码",
  debt: "告诉了我他欠多少钱、逾期多久",
  pay: "让我替他还钱，或让我催他还",
  threat: "威胁、辱骂或恐吓我",
  impersonate: "自称法院、公安，或说要抓人、上门",
};

export const TIME_LABELS: Record<CallTime, string> = {
  day: "白天（早上8点到晚上10点之间）",
  night: "晚上10点以后，或早上8点以前",
  unsure: "记不清",
};

export const FREQUENCY_LABELS: Record<Frequency, string> = {
  once: "只有一次",
  few: "几次",
  many: "很多次，或一天好几次",
};

export const REFUSED_LABELS: Record<Refused, string> = {
  "not-yet": "还没说过",
  respected: "说过，之后就没再打",
  ignored: "说过，可他们还在打",
};

export const FOUND_LABELS: Record<Found, string> = {
  listed: "借款人填了我做紧急联系人",
  "not-listed": "我从没答应做联系人，不知道对方从哪里拿到号码",
  "my-contacts": "对方提到了我认识的其他人，或说要打给他们",
  unsure: "不知道",
};
