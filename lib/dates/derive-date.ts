/**
 * The one place the user's two ways of saying "when" are turned into each other:
 * days overdue from a due date, and a due date from days overdue. Calendar arithmetic
 * by date-fns on local dates, so month ends and leap years follow the calendar the
 * user sees. (The engine's hot path uses the faster UTC day counts in iso-date.ts;
 * a property test holds the two to the same answers.)
 */
import { addDays, differenceInCalendarDays } from "date-fns";
import { isIsoDate, type IsoDate } from "@/lib/dates/iso-date";

function localDate(iso: IsoDate): Date {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

function isoOf(date: Date): IsoDate {
  const pad = (n: number, w: number) => String(n).padStart(w, "0");
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/** @example daysOverdueSince("2026-11-02", "2026-11-22") // 20 */
export function daysOverdueSince(dueDate: IsoDate, today: IsoDate): number {
  if (!isIsoDate(dueDate) || !isIsoDate(today)) throw new RangeError(`not an ISO date: ${dueDate} / ${today}`);
  return differenceInCalendarDays(localDate(today), localDate(dueDate));
}

/** @example dueDateFor(20, "2026-11-22") // "2026-11-02" */
export function dueDateFor(daysOverdue: number, today: IsoDate): IsoDate {
  if (!isIsoDate(today)) throw new RangeError(`not an ISO date: ${today}`);
  return isoOf(addDays(localDate(today), -daysOverdue));
}
