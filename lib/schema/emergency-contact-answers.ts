/**
 * The questions about the call, their allowed answers and the labels the form shows.
 * Plain data with no zod and no content import: the questionnaire (a client component)
 * imports it, and every kilobyte here ships to the phone.
 */

export const CALL_ANSWER_VALUES = {
  /** Who called. */
  caller: ["platform", "agency", "law-firm", "unsure"],
  /** What the caller said or asked; several may apply. */
  said: ["message", "debt", "pay", "threat", "impersonate", "visit"],
  /** When the calls came: inside or outside the hours the rules allow (8:00–22:00). */
  time: ["day", "night", "unsure"],
  /** Whether the contact has already asked them to stop, and what happened after. */
  refused: ["not-yet", "respected", "ignored"],
  /** How the caller came to have the contact's number. */
  found: ["listed", "not-listed", "my-contacts", "unsure"],
} as const;

type Values = typeof CALL_ANSWER_VALUES;
export type Caller = Values["caller"][number];
export type Said = Values["said"][number];
export type CallTime = Values["time"][number];
export type Refused = Values["refused"][number];
export type Found = Values["found"][number];

/** Every question is optional: an unanswered one is simply left out. */
export type CallAnswers = {
  caller?: Caller;
  said?: readonly Said[];
  time?: CallTime;
  /** How many calls today, as the contact typed it (a text input, read by `readCallCount` in call-count.ts). */
  calls?: number;
  refused?: Refused;
  found?: Found;
};

export type QuestionId = keyof Values | "calls";

export const CALL_QUESTION_LEGENDS: Record<QuestionId, string> = {
  caller: "谁打来的？（选填）",
  said: "对方说了什么？（选填，可多选）",
  time: "电话是几点打来的？（选填）",
  calls: "今天一共打来几次？（选填，填数字）",
  refused: "您说过「别再打给我」吗？（选填）",
  found: "对方是怎么找到您的？（选填）",
};

export const CALLER_LABELS: Record<Caller, string> = {
  platform: "借呗、花呗或支付宝（对方说自己是平台）",
  agency: "某某公司等催收机构",
  "law-firm": "自称律师事务所或律师",
  unsure: "没说清楚 / 不确定",
};

export const SAID_LABELS: Record<Said, string> = {
  message: "请我转告借款人，或问借款人的新号码",
  debt: "告诉了我借款人欠多少钱、逾期多久",
  pay: "让我替借款人还钱，或让我去催",
  threat: "威胁、辱骂或恐吓我",
  impersonate: "自称法院、公安，或说要抓人",
  visit: "说要上门，或已经上门",
};

/** With the clock times written out: a 21:50 call is 「晚上」 to most people, but inside the allowed hours. */
export const TIME_LABELS: Record<CallTime, string> = {
  day: "早上8点到晚上10点之前（8:00–21:59），例如晚上9点50分",
  night: "晚上10点到第二天早上8点之前（22:00–7:59）",
  unsure: "记不清",
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
