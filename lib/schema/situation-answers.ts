/**
 * The answers a borrower can give, with the words the form shows for each.
 * The values double as the share-link vocabulary (`history=occasional`).
 */
export const ANSWER_VALUES = {
  product: ["jiebei", "huabei"],
  history: ["ontime", "occasional", "repeated"],
  contact: ["negotiating", "answering", "silent", "unreachable"],
  emergencyContact: ["yes", "no", "unsure"],
  partialRepayment: ["yes", "no"],
  guarantor: ["yes", "no", "unsure"],
} as const;

export type Product = (typeof ANSWER_VALUES.product)[number];
export type History = (typeof ANSWER_VALUES.history)[number];
export type ContactStatus = (typeof ANSWER_VALUES.contact)[number];
export type EmergencyContactGiven = (typeof ANSWER_VALUES.emergencyContact)[number];
export type PartialRepayment = (typeof ANSWER_VALUES.partialRepayment)[number];
export type Guarantor = (typeof ANSWER_VALUES.guarantor)[number];

export const PRODUCT_LABELS: Record<Product, string> = { jiebei: "借呗", huabei: "花呗" };

export const HISTORY_LABELS: Record<History, string> = {
  ontime: "一直按时还款",
  occasional: "偶尔晚还",
  repeated: "多次逾期",
};

export const CONTACT_LABELS: Record<ContactStatus, string> = {
  negotiating: "正在协商或已约定还款计划",
  answering: "接电话但还没有方案",
  silent: "没有接听或回复",
  unreachable: "平台联系不上我",
};

export const CONTACT_HINTS: Record<ContactStatus, string> = {
  negotiating: "已经和客服谈过，或者约好了还款时间",
  answering: "接过平台的电话或消息，但还没谈出办法",
  silent: "收到了提醒，但没有回应",
  unreachable: "换了号码、停机，或平台的电话打不通",
};

export const EMERGENCY_CONTACT_LABELS: Record<EmergencyContactGiven, string> = {
  yes: "填过",
  no: "没填过",
  unsure: "不确定",
};

export const PARTIAL_LABELS: Record<PartialRepayment, string> = { yes: "已经还了一部分", no: "还没有" };

export const GUARANTOR_LABELS: Record<Guarantor, string> = { yes: "有", no: "没有", unsure: "不确定" };

/** Order from least to most worrying; the engine's invariants are stated along it. */
export const HISTORY_ORDER: readonly History[] = ANSWER_VALUES.history;
export const CONTACT_ORDER: readonly ContactStatus[] = ANSWER_VALUES.contact;

/** Each field of the check by its short name: the form's labels and the link's error messages use these. */
export const FIELD_LABELS = {
  product: "产品",
  days: "逾期天数",
  due: "应还款日",
  amount: "逾期金额",
  history: "还款记录",
  contact: "沟通情况",
  ec: "紧急联系人",
  partial: "部分还款",
  guarantor: "担保人",
  rate: "日费率",
} as const;
