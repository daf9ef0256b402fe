/**
 * What the page needs only when someone exports, imports or writes a complaint: loaded
 * with `import()` on first use (and fetched in the background once the page is idle, so
 * it works offline later), which keeps it out of the page's first-load JavaScript.
 */
import { downloadText } from "@/components/plan/download";
import type { Finding } from "@/lib/call-log/check";
import { complaintValues, fillComplaint, needsPolice, nextStepDrafts, type NextStepDraft } from "@/lib/call-log/complaint";
import { toCsv } from "@/lib/call-log/csv";
import type { Entry } from "@/lib/call-log/entry";
import { importMessage, mergeEntries, readLogFile, toLogDocument, type Role } from "@/lib/call-log/log-format";
import { mergeComplaints, type NextStep, type SentComplaint } from "@/lib/call-log/ladder";
import { complaintReminderIcs } from "@/lib/call-log/reminder";
import type { RuleBook } from "@/lib/call-log/rule-book";
import { summarize } from "@/lib/call-log/summary";
import type { IsoDate } from "@/lib/dates/iso-date";

export { importMessage, mergeComplaints, mergeEntries, readLogFile };

export function downloadCsv(entries: readonly Entry[], findings: readonly Finding[], book: RuleBook, today: IsoDate): string {
  const name = `来电记录-${today}.csv`;
  downloadText(name, toCsv(entries, findings, book), "text/csv;charset=utf-8");
  return name;
}

export function downloadJson(entries: readonly Entry[], role: Role, now: string, sent: readonly SentComplaint[]): string {
  const name = `来电记录-${now.slice(0, 10)}.json`;
  downloadText(name, `${JSON.stringify(toLogDocument(entries, role, now, sent), null, 1)}\n`, "application/json");
  return name;
}

export type Complaint = { id: string; title: string; purpose: string; fileName: string; text: string };

export function complaints(entries: readonly Entry[], findings: readonly Finding[], book: RuleBook, today: IsoDate, role: Role): { letters: Complaint[]; police: boolean } {
  const summary = summarize(entries, findings, book.rules.map((r) => r.id));
  const values = complaintValues(entries, findings, summary, book, today, role);
  return {
    letters: book.complaints[role].map((t) => ({ id: t.id, title: t.title, purpose: t.purpose, fileName: t.fileName, text: fillComplaint(t, values, today, book.sources) })),
    police: needsPolice(entries),
  };
}

/** The next-step drafts for a complaint whose answer is overdue or unsatisfactory. */
export function ladderDrafts(complaint: SentComplaint, next: readonly NextStep[], entries: readonly Entry[], findings: readonly Finding[], book: RuleBook, today: IsoDate, role: Role): NextStepDraft[] {
  const summary = summarize(entries, findings, book.rules.map((r) => r.id));
  return nextStepDrafts(complaint, next, complaintValues(entries, findings, summary, book, today, role), book, today, role);
}

export function downloadReminder(complaint: SentComplaint, due: IsoDate, today: IsoDate): string {
  const name = `投诉答复提醒-${due}.ics`;
  downloadText(name, complaintReminderIcs(complaint, due, today), "text/calendar;charset=utf-8");
  return name;
}

export { downloadText };
