/**
 * Calendar dates as ISO `YYYY-MM-DD` strings: no time, no time zone, so a day never
 * shifts when the device's zone does. The one date module: the engine, the form and the
 * call log all count days here. Hand-written rather than date-fns because it runs on the
 * phone (and is the engine's hottest path); iso-date.test.ts holds it to date-fns. The arithmetic counts whole days in UTC, where
 * every day is 24 hours long: no daylight-saving gap or local-zone lookup, which also
 * made it the engine's hottest path (see tools/bench.ts).
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * The engine dates every stage, event and consequence from one due date, so the last
 * date read is remembered, and so are the dates written (a bounded memo: both are
 * pure functions of their argument).
 */
let lastRead: { iso: string; day: number | null } = { iso: "", day: null };
const written = new Map<number, IsoDate>();
const MAX_WRITTEN = 10_000;

/** Days since 1970-01-01 for an ISO date, or null when the string is not a real date. */
function toDayNumber(iso: string): number | null {
  if (iso === lastRead.iso) return lastRead.day;
  const day = readDayNumber(iso);
  lastRead = { iso, day };
  return day;
}

function readDayNumber(iso: string): number | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  // Date rolls 2026-02-30 over to March: a real date maps back to itself.
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.getTime() / DAY_MS;
}

function fromDayNumber(day: number): IsoDate {
  const known = written.get(day);
  if (known !== undefined) return known;
  const date = new Date(day * DAY_MS);
  const iso = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
  if (written.size >= MAX_WRITTEN) written.clear();
  written.set(day, iso);
  return iso;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

function toIso(date: Date): IsoDate {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/** True for a real calendar date written as YYYY-MM-DD. @example isIsoDate("2024-02-29") // true */
export function isIsoDate(value: string): boolean {
  return toDayNumber(value) !== null;
}

/** @example addDaysToIsoDate("2024-02-28", 2) // "2024-03-01" */
export function addDaysToIsoDate(iso: IsoDate, days: number): IsoDate {
  return isoDateAdder(iso)(days);
}

/**
 * Reads a date once for many additions: the engine dates every stage and event from
 * one due date. @example isoDateAdder("2024-02-28")(2) // "2024-03-01"
 */
export function isoDateAdder(iso: IsoDate): (days: number) => IsoDate {
  const day = toDayNumber(iso);
  if (day === null) throw new RangeError(`not an ISO date: ${iso}`);
  return (days) => fromDayNumber(day + days);
}

/** Whole calendar days from `from` to `to`. @example daysBetween("2026-11-01", "2026-11-22") // 21 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  if (a === null || b === null) throw new RangeError(`not an ISO date: ${from} / ${to}`);
  return b - a;
}

/**
 * Days overdue from a due date: the user's two ways of saying "when" (逾期天数 or
 * 应还款日) are turned into each other only here and in `dueDateFor`.
 * @example daysOverdueSince("2026-11-02", "2026-11-22") // 20
 */
export function daysOverdueSince(dueDate: IsoDate, today: IsoDate): number {
  return daysBetween(dueDate, today);
}

/** The due date that is `daysOverdue` days before `today`. @example dueDateFor(20, "2026-11-22") // "2026-11-02" */
export function dueDateFor(daysOverdue: number, today: IsoDate): IsoDate {
  return addDaysToIsoDate(today, -daysOverdue);
}

/** The device's local calendar date: the only place the clock is read, and only by pages. */
export function localToday(now: Date): IsoDate {
  return toIso(now);
}

/** "2026年12月7日" for display. */
export function formatChineseDate(iso: IsoDate): string {
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}
