/**
 * The complaint ladder: the complaints a person has sent, when an answer is due and
 * what to do next. Pure: `today` and the periods (content/complaint-ladder.ts) are
 * arguments (content/complaint-ladder.ts through the rule book). The next step after the platform (or another channel) is 12378; threats or
 * impersonation in the log also point to 110. A step is "ready" once the person marked
 * the answer unsatisfactory, or the due date (the source's period, else their own
 * reminder date) has passed.
 */
import { COMPLAINT_CHANNEL_LABELS } from "@/lib/call-log/labels";
import { COMPLAINT_CHANNELS, type ComplaintChannel, type ResponsePeriod } from "@/lib/schema/call-log";
import { addDaysToIsoDate, formatChineseDate, isIsoDate, type IsoDate } from "@/lib/dates/iso-date";

export type SentComplaint = {
  id: string;
  /** The day it was sent. */
  date: IsoDate;
  channel: ComplaintChannel;
  /** Optional: a ticket number, who answered; at most 200 characters. */
  note: string;
  /** The person's own reminder date; null when not set. */
  remindOn: IsoDate | null;
  /** The person marked the answer as unsatisfactory. */
  unsatisfied: boolean;
};

export type NextStep = "12378" | "110";

export type LadderState = {
  /** The date the answer is due: from the source's period when one exists, else the reminder. */
  due: IsoDate | null;
  /** Whether `due` comes from a source (then `period` cites it) or from the person's reminder. */
  dueBy: "source" | "reminder" | null;
  period: ResponsePeriod | null;
  /** The answer is overdue or unsatisfactory: the next steps apply now. */
  ready: boolean;
  next: NextStep[];
};

export const MAX_NOTE = 200;
const ID = /^[A-Za-z0-9-]{8,64}$/;

/** Where each channel leads: the platform and other channels to 12378; 110 when the log shows threats. */
export function nextSteps(channel: ComplaintChannel, threats: boolean): NextStep[] {
  const next: NextStep[] = channel === "lender" || channel === "other" ? ["12378"] : [];
  if (threats && channel !== "110") next.push("110");
  return next;
}

export function ladderState(c: SentComplaint, today: IsoDate, periods: Record<ComplaintChannel, ResponsePeriod | null>, threats: boolean): LadderState {
  const period = periods[c.channel];
  const due = period ? addDaysToIsoDate(c.date, period.days) : c.remindOn;
  const dueBy = period ? "source" : c.remindOn ? "reminder" : null;
  const ready = c.unsatisfied || (due !== null && today > due);
  return { due, dueBy, period, ready, next: nextSteps(c.channel, threats) };
}

/** The sentence a next-step draft uses to cite the earlier complaint. */
export function earlierComplaintText(c: SentComplaint, today: IsoDate): string {
  const how = c.unsatisfied ? "对答复不满意" : "到今天还没有得到答复";
  return `我已于${formatChineseDate(c.date)}通过${COMPLAINT_CHANNEL_LABELS[c.channel]}投诉${c.note ? `（${c.note}）` : ""}，${how}（${formatChineseDate(today)}）。`;
}

/** Reads a stored or imported complaint; anything malformed comes back null and is counted by the caller. */
export function readSentComplaint(raw: unknown): SentComplaint | null {
  if (typeof raw !== "object" || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.id !== "string" || !ID.test(r.id)) return null;
  if (typeof r.date !== "string" || !isIsoDate(r.date)) return null;
  if (typeof r.channel !== "string" || !(COMPLAINT_CHANNELS as readonly string[]).includes(r.channel)) return null;
  if (typeof r.note !== "string" || r.note.length > MAX_NOTE) return null;
  if (r.remindOn !== null && (typeof r.remindOn !== "string" || !isIsoDate(r.remindOn))) return null;
  if (typeof r.unsatisfied !== "boolean") return null;
  return { id: r.id, date: r.date, channel: r.channel as ComplaintChannel, note: r.note, remindOn: r.remindOn as IsoDate | null, unsatisfied: r.unsatisfied };
}

export type ComplaintProblem = { field: "date" | "channel" | "remindOn" | "note"; message: string };

/** What the form typed, checked: a sent date not in the future, a reminder not before it. */
export function readComplaintForm(id: string, form: { date: string; channel: string; note: string; remindOn: string }, today: IsoDate): { ok: true; complaint: SentComplaint } | { ok: false; problems: ComplaintProblem[] } {
  const problems: ComplaintProblem[] = [];
  if (!isIsoDate(form.date)) problems.push({ field: "date", message: "请填写投诉的日期。" });
  else if (form.date > today) problems.push({ field: "date", message: "投诉日期不能晚于今天，请改成实际投诉的那一天。" });
  if (!(COMPLAINT_CHANNELS as readonly string[]).includes(form.channel)) problems.push({ field: "channel", message: "请选择投诉的渠道。" });
  const note = form.note.trim();
  if (note.length > MAX_NOTE) problems.push({ field: "note", message: `备注最多${MAX_NOTE}个字，请删短一些。` });
  const remind = form.remindOn.trim();
  if (remind && !isIsoDate(remind)) problems.push({ field: "remindOn", message: "提醒日期请按 年-月-日 填写，或留空。" });
  else if (remind && isIsoDate(form.date) && remind < form.date) problems.push({ field: "remindOn", message: "提醒日期不能早于投诉日期。" });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, complaint: { id, date: form.date, channel: form.channel as ComplaintChannel, note, remindOn: remind || null, unsatisfied: false } };
}

/** Import: adds complaints with new ids; nothing stored is replaced. */
export function mergeComplaints(existing: readonly SentComplaint[], incoming: readonly SentComplaint[]): SentComplaint[] {
  const ids = new Set(existing.map((c) => c.id));
  return incoming.filter((c) => !ids.has(c.id) && ids.add(c.id));
}
