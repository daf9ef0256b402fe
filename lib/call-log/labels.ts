/** Chinese words for the 来电记录 vocabulary: the form, the review, the CSV and the complaint use the same ones. */
import type { Caller, ComplaintChannel, Contacted, Flag, LogChannel, Role } from "@/lib/schema/call-log";

export const CALLER_LABELS: Record<Caller, string> = {
  platform: "平台（借呗、花呗、支付宝）",
  agency: "催收公司或律所",
  unknown: "不清楚",
};

export const CHANNEL_LABELS: Record<LogChannel, string> = {
  "call-answered": "电话（接通了）",
  "call-missed": "电话（未接）",
  sms: "短信",
  "social-app": "微信等社交软件",
  letter: "信件、律师函",
  visit: "上门",
};

/** Who was contacted, worded for the borrower keeping the log. */
export const CONTACTED_LABELS: Record<Contacted, string> = {
  debtor: "借款人本人",
  "emergency-contact": "紧急联系人",
  family: "家人",
  "colleague-friend": "同事或朋友",
  other: "其他人",
};

export const FLAG_LABELS: Record<Flag, string> = {
  "disclosed-debt": "向别人说出了欠款",
  threatened: "威胁、恐吓",
  insulted: "辱骂、侮辱",
  "impersonated-authority": "自称法院、公安或政府部门",
  "borrow-to-repay": "让我借钱还款（借新还旧）",
  "asked-fees": "要求交合同外的费用",
  "asked-others-to-pay": "让别人替借款人还钱",
  "came-to-door": "上门了",
  "continued-after-stop": "说过「别再联系」后还在联系",
  "contacted-others-after-answer": "借款人接了电话，还去联系别人",
};

/** "我" is the borrower in a borrower's log and the emergency contact in a contact's log. */
export function contactedLabel(c: Contacted, role: Role): string {
  if (role === "borrower" && c === "debtor") return "我本人（借款人）";
  if (role === "contact" && c === "emergency-contact") return "我（紧急联系人）";
  return CONTACTED_LABELS[c];
}

export const COMPLAINT_CHANNEL_LABELS: Record<ComplaintChannel, string> = {
  lender: "平台（支付宝「我的客服」或95188）",
  "12378": "12378金融消费者投诉热线",
  "110": "110报警",
  other: "其他渠道",
};
