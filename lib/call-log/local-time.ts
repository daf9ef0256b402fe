/**
 * When a contact happened, as the person saw it on their own clock: a local date and
 * time `YYYY-MM-DDTHH:mm` with no zone, so a log read on another day or in another zone
 * keeps its hours (the quiet hours are about the clock on the wall). Strings of this
 * shape sort in time order.
 */
import { addDaysToIsoDate, isIsoDate, type IsoDate } from "@/lib/dates/iso-date";

export type LocalDateTime = string;

const SHAPE = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)$/;

export function isLocalDateTime(value: string): boolean {
  const m = SHAPE.exec(value);
  return m !== null && isIsoDate(m[1] as string);
}

/** The calendar day of a valid local date-time. */
export function dayOf(at: LocalDateTime): IsoDate {
  return at.slice(0, 10);
}

/** The hour (0-23) of a valid local date-time. */
export function hourOf(at: LocalDateTime): number {
  return Number(at.slice(11, 13));
}

/** The wall-clock time of a Date on this device; the caller passes the Date, so nothing here reads the clock. */
export function localDateTimeOf(date: Date): LocalDateTime {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}T${p(date.getHours())}:${p(date.getMinutes())}`;
}

/** The day `n` days before a day. */
export function daysBefore(day: IsoDate, n: number): IsoDate {
  return addDaysToIsoDate(day, -n);
}
