/**
 * A finding in words. Always "可能不符合": the log is the person's own notes and several
 * rules are guidelines, so nothing here says "违法". Each cited source says what kind of
 * text it is and how far it binds, in the same words everywhere (review, print, CSV,
 * complaint).
 */
import type { Finding } from "@/lib/call-log/check";
import { CONTACTED_LABELS, FLAG_LABELS } from "@/lib/call-log/labels";
import type { RuleBook, RuleSource } from "@/lib/call-log/rule-book";
import type { Contacted } from "@/lib/schema/call-log";
import type { CallLogRule, Citation, SourceKind } from "@/lib/schema/content";

/** How strongly a kind of text binds a lender, said plainly. */
export function bindingText(kind: SourceKind): string {
  switch (kind) {
    case "law":
      return "法律";
    case "regulation":
      return "行政法规或部门规定";
    case "national-standard":
      return "推荐性国家标准，不是法律";
    case "industry-guideline":
      return "行业自律规则，不是法律；是否约束借呗、花呗的放贷机构尚未核实";
    default:
      return "参考资料";
  }
}

export type CitedSource = { id: string; title: string; where: string | null; binding: string; kind: SourceKind };

/**
 * A title in 《》, once: a title that already carries its own marks (the national
 * standard's 「GB/T 45251—2025《…》」) is shown as it is, never as 《…《…》》.
 */
export function inTitleMarks(title: string): string {
  return title.includes("《") ? title : `《${title}》`;
}

export function citedSources(citations: readonly Citation[], book: RuleBook): CitedSource[] {
  return citations.flatMap((c) => {
    const s: RuleSource | undefined = book.sources.find((x) => x.id === c.source);
    return s ? [{ id: s.id, title: s.title, where: c.where ?? null, binding: bindingText(s.kind), kind: s.kind }] : [];
  });
}

export function ruleOf(book: RuleBook, id: string): CallLogRule {
  const rule = book.rules.find((r) => r.id === id);
  if (!rule) throw new Error(`unknown call-log rule ${id}`);
  return rule;
}

/** "可能不符合「…」" */
export function findingTitle(rule: CallLogRule): string {
  return `可能不符合「${rule.label}」`;
}

/** Why the log points to this rule, from the log's own figures. */
export function findingReason(f: Finding, rule: CallLogRule, flagsTicked: readonly string[] = []): string {
  const check = rule.check;
  switch (check.kind) {
    case "quiet-hours":
      return `联系发生在晚上${check.fromHour}点到早上${check.untilHour}点之间（如果您事先同意过，则不算）。`;
    case "daily-limit": {
      const what = check.channels.includes("call-answered") ? "接通的电话" : "未接通的拨打";
      const counted = `${what}共${f.counted ?? 0}次，超过了${check.max}次。`;
      if (f.subject.startsWith("number:")) return `这一天打到号码 ${f.subject.slice(7)} 的${counted}`;
      if (f.subject.startsWith("entry:")) return `这一条记下的${counted}（没有记下打的是哪个号码，所以只按这一条计算）`;
      const who = CONTACTED_LABELS[f.subject as Contacted] ?? f.subject;
      const how = check.to === "each-number" ? `（没有记下打的是哪个号码：按同一天打给「${who}」的合计，当作同一个号码）` : "";
      return `这一天打给${who}的${counted}${how}`;
    }
    case "third-party-while-reachable":
      return `记录显示，这之前${check.withinDays}天内借款人本人接过催收电话，之后记下的未接来电不到${check.unreachableAttempts}次，看起来并没有失联（失联一般指连续${check.unreachableAttempts}次或连续${check.withinDays}天联系不上）。`;
    case "visit-people":
      return `您记下这次上门来了${f.counted ?? 0}个人，少于${check.minPeople}人。`;
    case "flag": {
      const ticked = check.flags.filter((x) => flagsTicked.includes(x)).map((x) => `「${FLAG_LABELS[x]}」`);
      return `您记下了${ticked.join("") || "相关情况"}。`;
    }
  }
}

/** When a law is among the sources in force: what the law's text supports, and no more. */
export function lawNote(sources: readonly CitedSource[]): string {
  return sources.some((s) => s.kind === "law") ? "这类行为可能涉及下面所列的法律条文；是否构成，由有关机关认定。" : "";
}

/** The one-line form, for CSV cells and the complaint. */
export function findingLine(f: Finding, book: RuleBook, flagsTicked: readonly string[] = []): string {
  const rule = ruleOf(book, f.rule);
  const cited = citedSources(f.citations, book);
  const basis = cited.map((s) => `${inTitleMarks(s.title)}${s.where ? s.where : ""}（${s.binding}）`).join("；");
  return `${findingTitle(rule)}：${findingReason(f, rule, flagsTicked)}${lawNote(cited)}依据：${basis}`;
}
