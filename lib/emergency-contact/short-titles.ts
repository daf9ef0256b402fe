/**
 * Short names for the sources the emergency-contact pages cite, and a compact form of
 * a citation list. The page's HTML also carries a copy of its text for React, so every
 * character shown costs twice: citation links show a short name, and each source page
 * (`/sources/<id>`, where the link goes) gives the full title. Server-only data; the
 * browser gets citations already resolved.
 */
import type { Citation, Source } from "@/lib/schema/content";

/** A citation ready to show: source id (for the link), the name to show, and where in it. */
export type ShortCitation = { source: string; title: string; where?: string };

export const SHORT_TITLES: Record<string, string> = {
  "law-civil-code-contracts": "民法典合同编",
  "law-civil-code-personality": "民法典人格权编",
  "law-pipl": "个人信息保护法",
  "law-criminal-code": "刑法",
  "law-public-security-penalties-2012": "治安管理处罚法（2012）",
  "law-public-security-penalties-2025": "治安管理处罚法（2025）",
  "guideline-cba-collection-2026": "银行业协会催收指引",
  "guideline-nifa-collection-2024": "互金协会催收自律指引",
  "std-gbt-45251-2025": "国标 GB/T 45251",
  "reg-app-necessary-info-2021": "App 必要个人信息规定",
  "service-alipay-customer-service": "支付宝官方客服",
  "service-12378": "12378 热线",
  "service-12321": "12321 举报中心",
  "service-110-96110": "110 与 96110",
  "article-when-contacts-2025": "网络文章：何时联系紧急联系人",
  "article-how-contacts-2024": "网络文章：如何联系紧急联系人",
  "article-overdue-process-2025": "网络文章：借呗逾期流程",
  "article-who-is-contacted": "网络文章：逾期会联系哪些人",
  "article-seven-days": "网络文章：逾期7天会打联系人吗",
};

/**
 * One entry per source, in first-cited order, with a short name (the full title when
 * none is set). The places cited in one source are joined; a place already contained
 * in a longer one ("第四十四条" in "第四十四条、第四十七条") is not repeated.
 */
export function shortCitations(citations: readonly Citation[], sources: readonly Pick<Source, "id" | "title">[]): ShortCitation[] {
  const wheres = new Map<string, string[]>();
  for (const c of citations) {
    const list = wheres.get(c.source) ?? [];
    if (c.where && !list.includes(c.where)) list.push(c.where);
    wheres.set(c.source, list);
  }
  return [...wheres].map(([source, list]) => {
    const kept = list.filter((w) => !list.some((other) => other !== w && other.includes(w)));
    const title = SHORT_TITLES[source] ?? sources.find((s) => s.id === source)?.title ?? source;
    return kept.length > 0 ? { source, title, where: kept.join("；") } : { source, title };
  });
}
