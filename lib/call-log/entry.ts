/**
 * One 来电记录 entry, and how a typed draft becomes one: every problem comes back as a
 * field and a Chinese sentence that says what to fix. `now` is an argument (the page
 * passes the device's clock), so the rule "not in the future" is testable.
 */
import { isLocalDateTime, type LocalDateTime } from "@/lib/call-log/local-time";
import { halfWidth } from "@/lib/text/half-width";
import { CALLERS, CHANNELS, CONTACTED, FLAGS, type Caller, type Contacted, type Flag, type LogChannel } from "@/lib/schema/call-log";

export type Entry = {
  /** Random, made on the device; import merges by it. */
  id: string;
  at: LocalDateTime;
  caller: Caller;
  /** The agency or law firm's name, if it gave one. */
  callerName: string;
  /** The number or account it came from. */
  from: string;
  channel: LogChannel;
  contacted: Contacted;
  /** How many contacts of this kind at about this time (for example 5 missed calls in a row). */
  count: number;
  /** The number that was called (whose phone rang), when the person has more than one; "" when not recorded. Since format version 2. */
  calledNumber: string;
  /** For a visit: how many people came; null when not recorded. Since format version 2. */
  visitors: number | null;
  flags: Flag[];
  notes: string;
};

export const MAX_COUNT = 99;
export const MAX_NOTES = 500;
export const MAX_SHORT = 60;
export const MAX_VISITORS = 20;

export type Draft = {
  at: string;
  caller: string;
  callerName: string;
  from: string;
  channel: string;
  contacted: string;
  count: string;
  calledNumber: string;
  visitors: string;
  flags: readonly string[];
  notes: string;
};

export type EntryField = "at" | "caller" | "callerName" | "from" | "channel" | "contacted" | "count" | "calledNumber" | "visitors" | "flags" | "notes";
export type EntryProblem = { field: EntryField; message: string };
export type ReadEntryResult = { ok: true; entry: Entry } | { ok: false; problems: EntryProblem[] };

const oneOf = <T extends string>(values: readonly T[], v: string): v is T => (values as readonly string[]).includes(v);

/** Control characters out, spaces tidied: what is typed is stored and printed as plain text. */
export function tidyText(value: string, multiline = false): string {
  const lines = value.replace(/\r\n?/g, "\n");
  const flat = lines.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, " ");
  return (multiline ? flat.replace(/ +/g, " ").replace(/\n{3,}/g, "\n\n") : flat.replace(/\s+/g, " ")).trim();
}

export function readEntry(id: string, draft: Draft, now: LocalDateTime): ReadEntryResult {
  const problems: EntryProblem[] = [];
  const at = draft.at.trim();
  if (!isLocalDateTime(at)) problems.push({ field: "at", message: "请填写联系发生的日期和时间，例如 2026-12-01 21:30" });
  else if (at > now) problems.push({ field: "at", message: "时间不能晚于现在：请填写已经发生的联系" });

  if (!oneOf(CALLERS, draft.caller)) problems.push({ field: "caller", message: "请选择是谁联系的；不清楚就选「不清楚」" });
  if (!oneOf(CHANNELS, draft.channel)) problems.push({ field: "channel", message: "请选择联系方式，例如「电话（未接）」" });
  if (!oneOf(CONTACTED, draft.contacted)) problems.push({ field: "contacted", message: "请选择联系了谁" });

  const countText = halfWidth(draft.count.trim(), "digits") || "1";
  const count = /^\d{1,3}$/.test(countText) ? Number(countText) : NaN;
  if (!Number.isInteger(count) || count < 1) problems.push({ field: "count", message: "次数请填写1或更大的整数" });
  else if (count > MAX_COUNT) problems.push({ field: "count", message: `一条记录最多记${MAX_COUNT}次；更多请分成几条，按时间分别记` });

  const visitorsText = halfWidth(draft.visitors.trim(), "digits");
  const visitors = visitorsText === "" ? null : /^\d{1,3}$/.test(visitorsText) ? Number(visitorsText) : NaN;
  if (visitors !== null && (!Number.isInteger(visitors) || visitors < 1 || visitors > MAX_VISITORS)) {
    problems.push({ field: "visitors", message: `上门的人数请填写1到${MAX_VISITORS}之间的整数；不清楚可以不填` });
  }

  const flags = draft.flags.filter((f): f is Flag => oneOf(FLAGS, f));
  const callerName = tidyText(draft.callerName);
  const from = tidyText(halfWidth(draft.from, "digits"));
  const calledNumber = tidyText(halfWidth(draft.calledNumber, "digits"));
  const notes = tidyText(draft.notes, true);
  if (callerName.length > MAX_SHORT) problems.push({ field: "callerName", message: `机构名称请不超过${MAX_SHORT}个字` });
  if (from.length > MAX_SHORT) problems.push({ field: "from", message: `号码或账号请不超过${MAX_SHORT}个字` });
  if (calledNumber.length > MAX_SHORT) problems.push({ field: "calledNumber", message: `被打的号码请不超过${MAX_SHORT}个字` });
  if (notes.length > MAX_NOTES) problems.push({ field: "notes", message: `备注请不超过${MAX_NOTES}个字，可以分成几条记录` });

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    entry: {
      id,
      at,
      caller: draft.caller as Caller,
      callerName,
      from,
      channel: draft.channel as LogChannel,
      contacted: draft.contacted as Contacted,
      count,
      calledNumber,
      visitors: visitors === null || Number.isNaN(visitors) ? null : visitors,
      flags: FLAGS.filter((f) => flags.includes(f)),
      notes,
    },
  };
}

/** The draft that edits an entry. */
export function draftOf(entry: Entry): Draft {
  return { ...entry, count: String(entry.count), visitors: entry.visitors === null ? "" : String(entry.visitors), flags: [...entry.flags] };
}
