/**
 * Fills the complaint templates (content/templates/call-log-complaints.ts) from the log.
 * Every value is counted from the entries and findings, so the complaint states
 * nothing the person did not record. Pure: `today` is an argument.
 */
import type { Finding } from "@/lib/call-log/check";
import type { Entry } from "@/lib/call-log/entry";
import { ruleOf } from "@/lib/call-log/finding-text";
import { earlierComplaintText, type NextStep, type SentComplaint } from "@/lib/call-log/ladder";
import { CHANNEL_LABELS, contactedLabel } from "@/lib/call-log/labels";
import type { Role } from "@/lib/call-log/log-format";
import { dayOf } from "@/lib/call-log/local-time";
import type { RuleBook } from "@/lib/call-log/rule-book";
import type { LogSummary } from "@/lib/call-log/summary";
import { formatChineseDate, type IsoDate } from "@/lib/dates/iso-date";
import { placeholdersOf } from "@/lib/plan/fill-template";
import { sourceInForce, type SourceDates } from "@/lib/engine/in-force";
import type { LetterTemplate } from "@/lib/schema/templates";

/** A complaint lists this many flagged entries; the rest are in the attached CSV. */
export const MAX_ENTRY_LINES = 30;

export type ComplaintValues = Record<string, string>;

export function complaintValues(entries: readonly Entry[], findings: readonly Finding[], summary: LogSummary, book: RuleBook, today: IsoDate, role: Role): ComplaintValues {
  const flagged = new Set(findings.flatMap((f) => f.entryIds));
  const lines = [...entries]
    .filter((e) => flagged.has(e.id))
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
    .map((e) => {
      const rules = findings.filter((f) => f.entryIds.includes(e.id)).map((f) => ruleOf(book, f.rule).label);
      const count = e.count > 1 ? `×${e.count}` : "";
      return `${formatChineseDate(dayOf(e.at))} ${e.at.slice(11)}，${CHANNEL_LABELS[e.channel]}${count}，联系${contactedLabel(e.contacted, role)}，号码：${e.from || "未记"}；可能不符合：${[...new Set(rules)].join("、")}`;
    });
  const shown = lines.slice(0, MAX_ENTRY_LINES);
  if (lines.length > shown.length) shown.push(`（另有${lines.length - shown.length}条，见附上的来电记录表）`);
  const period =
    summary.firstDay && summary.lastDay
      ? summary.firstDay === summary.lastDay
        ? formatChineseDate(summary.firstDay)
        : `${formatChineseDate(summary.firstDay)}至${formatChineseDate(summary.lastDay)}`
      : "（还没有记录）";
  return {
    period,
    contacts: String(summary.contacts),
    days: String(summary.days),
    entriesWithFinding: String(summary.entriesWithFinding),
    daysWithFinding: String(summary.daysWithFinding),
    ruleLines:
      summary.byRule.map((t) => `- ${ruleOf(book, t.rule).label}：${t.entries}条记录，涉及${t.days}天`).join("\n") || "- （记录里没有发现可能不符合规则的联系）",
    entryLines: shown.join("\n") || "（无）",
    today: formatChineseDate(today),
    // The ladder (lib/call-log/ladder.ts) replaces this with the recorded complaint's date and channel.
    earlierComplaint: book.ladder.earlierUnknown,
  };
}

/** The template's text with the log's values; blocks resting on a source not in force on `today` are left out. */
export function fillComplaint(template: LetterTemplate, values: ComplaintValues, today: IsoDate, sources: readonly SourceDates[]): string {
  const blocks = template.blocks.filter((b) => !b.onlyIfInForce || sourceInForce(b.onlyIfInForce, today, sources));
  for (const name of placeholdersOf({ ...template, blocks })) if (values[name] === undefined) throw new Error(`complaint value ${name} missing`);
  return `${blocks.map((b) => b.text.replace(/\{\{([a-zA-Z]+)\}\}/g, (_, name: string) => values[name] ?? "")).join("\n\n")}\n`;
}

/** Threats, impersonation or someone at the door: the complaint also points to 110. */
export function needsPolice(entries: readonly Entry[]): boolean {
  return entries.some((e) => e.channel === "visit" || e.flags.includes("came-to-door") || e.flags.includes("threatened") || e.flags.includes("impersonated-authority"));
}

export type NextStepDraft = { step: NextStep; title: string; text: string };

/**
 * The drafts for the steps after a complaint that was not answered in time or not to the
 * person's satisfaction: the role's own 12378 letter (so a third party keeps their voice),
 * and the 110 note when the log has threats. Both cite the earlier complaint's date and channel.
 */
export function nextStepDrafts(complaint: SentComplaint, next: readonly NextStep[], values: ComplaintValues, book: RuleBook, today: IsoDate, role: Role): NextStepDraft[] {
  const earlier = earlierComplaintText(complaint, today);
  return next.flatMap((step): NextStepDraft[] => {
    if (step === "110") return [{ step, title: "拨打110", text: `${book.ladder.police}\n${earlier}\n` }];
    const letter = book.complaints[role].find((t) => t.id.startsWith("call-log-12378"));
    return letter ? [{ step, title: letter.title, text: fillComplaint(letter, { ...values, earlierComplaint: earlier }, today, book.sources) }] : [];
  });
}
