/**
 * Calendar dates as ISO `YYYY-MM-DD` strings: no time, no time zone, so a day never
 * shifts when the device's zone does. date-fns does the calendar arithmetic.
 */
import { addDays, differenceInCalendarDays, isValid } from "date-fns";

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local-midnight Date for an ISO date, or null when the string is not a real date. */
function toLocalDate(iso: string): Date | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(y, mo - 1, d);
  // Date rolls 2026-02-30 over to March: a real date maps back to itself.
  if (!isValid(date) || date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return null;
  return date;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

function toIso(date: Date): IsoDate {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/** True for a real calendar date written as YYYY-MM-DD. @example isIsoDate("2024-02-29") // true */
export function isIsoDate(value: string): boolean {
  return toLocalDate(value) !== null;
}

/** @example addDaysToIsoDate("2024-02-28", 2) // "2024-03-01" */
export function addDaysToIsoDate(iso: IsoDate, days: number): IsoDate {
  const date = toLocalDate(iso);
  if (!date) throw new RangeError(`not an ISO date: ${iso}`);
  return toIso(addDays(date, days));
}

/** Whole calendar days from `from` to `to`. @example daysBetween("2026-11-01", "2026-11-22") // 21 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const a = toLocalDate(from);
  const b = toLocalDate(to);
  if (!a || !b) throw new RangeError(`not an ISO date: ${from} / ${to}`);
  return differenceInCalendarDays(b, a);
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
