/** Chinese words for the engine's vocabulary, shared by every page. */
import type { Channel, SourceKind, Who } from "@/lib/schema/content";
import type { Likelihood } from "@/lib/schema/likelihood-scale";

export const WHO_LABELS: Record<Who, string> = {
  borrower: "您本人",
  "emergency-contact": "紧急联系人",
  family: "家人",
  "friends-colleagues": "朋友或同事",
  "co-borrower": "共同借款人",
  agency: "第三方催收机构",
  court: "法院",
};

export const CHANNEL_LABELS: Record<Channel, string> = {
  "app-notice": "App 通知",
  sms: "短信",
  phone: "电话",
  "social-app": "社交软件",
  "lawyer-letter": "律师函",
  "home-visit": "上门",
  lawsuit: "起诉",
};

/** The scale's words, weakest first; see lib/schema/likelihood-scale.ts for what each reads. */
export const LIKELIHOOD_LABELS: Record<Likelihood, string> = {
  rare: "极少",
  uncommon: "不常见",
  possible: "有可能",
  usual: "通常会",
};

/** When, in words about the time only, never the likelihood, so a rare event does not read as imminent. */
export const TIMING_LABELS = {
  "window-open": "按来源说的时间，现在正处在这段时间里",
  begun: "按来源说的时间，如果会发生，应该已经开始",
} as const;

/** The badge for an event an answer left open ("unsure"). */
export const DEPENDS_LABEL = "要看情况";

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  article: "第三方文章",
  "product-terms": "官方产品条款",
  law: "法律",
  regulation: "行政法规或部门规定",
  "court-rule": "司法解释或法院文件",
  "national-standard": "国家标准",
  "industry-guideline": "行业自律规则",
  news: "新闻报道",
  "public-service": "官方服务渠道",
};

/** "逾期第20天": the one wording of a day overdue. @example overdueDay(20) // "逾期第20天" */
export function overdueDay(days: number): string {
  return `逾期第${days}天`;
}

/** Where the reader stands: the due day itself, or the day overdue. @example whereToday(0) // "今天是还款日" */
export function whereToday(daysOverdue: number): string {
  return daysOverdue === 0 ? "今天是还款日" : overdueDay(daysOverdue);
}
