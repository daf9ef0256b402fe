/** The action plan as a plain-text file: the same content as the printed page. */
import type { Citation, Source } from "@/lib/schema/content";
import { formatChineseDate } from "@/lib/dates/iso-date";
import { formatYuan } from "@/lib/engine/penalty";
import { PRODUCT_LABELS } from "@/lib/schema/situation-answers";
import type { Situation } from "@/lib/situation/parse-situation";
import type { CostMilestone } from "@/lib/plan/cost";
import { BUCKET_LABELS, type Plan, type PlanBucket } from "@/lib/plan/plan";

/** What the text needs to know about a source: its title. */
export type SourceTitle = Pick<Source, "id" | "title">;

/** "《标题》（章节）；…", titles from `sources` (an unknown id shows as itself). */
export function citationText(citations: readonly Citation[], sources: readonly SourceTitle[]): string {
  return citations
    .map((c) => `《${sources.find((s) => s.id === c.source)?.title ?? c.source}》${c.where ? `（${c.where}）` : ""}`)
    .join("；");
}

export type PlanTextInput = {
  plan: Plan;
  situation: Situation;
  /** Cost by milestone and how the rate was described ("日费率 0.05%（示例）"), when the rate was readable. */
  cost: { milestones: CostMilestone[]; rateLabel: string } | null;
  /** The content's sources, for the titles of the citations. */
  sources: readonly SourceTitle[];
};

/** @example planToText({ plan, situation, cost: null, sources: content.sources }).split("\n")[0] // "我的行动计划（逾期明白）" */
export function planToText({ plan, situation: s, cost, sources }: PlanTextInput): string {
  const out: string[] = [];
  out.push("我的行动计划（逾期明白）", `制作日期：${formatChineseDate(plan.today)}`, "");
  out.push(
    `${PRODUCT_LABELS[s.product]}，欠款 ${formatYuan(s.amountFen)}，应还款日 ${formatChineseDate(s.dueDate)}，到今天逾期 ${s.daysOverdue} 天。`,
    "",
  );
  if (cost) {
    out.push(`费用估算（${cost.rateLabel}，单利，以您的合同或账单为准）：`);
    for (const m of cost.milestones) {
      const when = m.offsetDays === 0 ? "今天" : `${m.offsetDays}天后`;
      out.push(`· ${when}（${formatChineseDate(m.date)}，逾期${m.daysOverdue}天）：逾期费用约 ${formatYuan(m.interestFen)}，合计约 ${formatYuan(m.totalFen)}`);
    }
    out.push("");
  }
  const buckets: PlanBucket[] = ["today", "week", "month", "later"];
  for (const bucket of buckets) {
    const steps = plan.steps.filter((x) => x.bucket === bucket);
    if (steps.length === 0) continue;
    out.push(`【${BUCKET_LABELS[bucket]}】`);
    for (const step of steps) {
      out.push(`□ ${step.date ? `${formatChineseDate(step.date)}　` : ""}${step.title}`, `  ${step.detail}`);
      if (step.citations.length > 0) out.push(`  出处：${citationText(step.citations, sources)}`);
    }
    out.push("");
  }
  out.push("【要保存的证据】", ...plan.evidence.items.map((item) => `· ${item}`), "");
  out.push("【按这个顺序找人】");
  plan.channels.forEach((c, i) => out.push(`${i + 1}. ${c.name}：${c.number}（${c.when}）`));
  out.push(
    "",
    "不要相信收费「代理协商」「债务优化」「停息挂账」「征信修复」的人，也不要拨打别人发来的「客服」号码。",
    "这份计划是信息，不是法律意见；在您的设备上生成，没有上传到任何地方。",
  );
  return `${out.join("\n")}\n`;
}
