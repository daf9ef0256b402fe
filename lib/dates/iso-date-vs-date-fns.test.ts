import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, differenceInCalendarDays } from "date-fns";
import { addDaysToIsoDate, daysBetween, daysOverdueSince, dueDateFor } from "@/lib/dates/iso-date";

/** date-fns on local dates: an independent reading of the calendar the user sees. */
function localDate(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}
const pad = (n: number, w: number) => String(n).padStart(w, "0");
const isoOf = (date: Date) => `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;

const isoDay = fc
  .date({ min: new Date("1995-01-01T00:00:00Z"), max: new Date("2060-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe("deriving days overdue and the due date from each other", () => {
  it("A due date 20 days before 22 November 2026 is 2 November", () => {
    expect(dueDateFor(20, "2026-11-22")).toBe("2026-11-02");
    expect(daysOverdueSince("2026-11-02", "2026-11-22")).toBe(20);
  });

  it("A repayment due on 29 February 2024 is 366 days late on 1 March 2025", () => {
    expect(daysOverdueSince("2024-02-29", "2025-03-01")).toBe(366);
    expect(dueDateFor(1, "2024-03-01")).toBe("2024-02-29");
    expect(dueDateFor(1, "2023-03-01")).toBe("2023-02-28");
  });

  it("one direction undoes the other for any day and any number of days", () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: 0, max: 3650 }), (today, days) => {
        expect(daysOverdueSince(dueDateFor(days, today), today)).toBe(days);
      }),
    );
  });

  it("agrees with date-fns's calendar arithmetic on local dates everywhere", () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: -3650, max: 3650 }), (today, days) => {
        const due = dueDateFor(days, today);
        expect(due).toBe(isoOf(addDays(localDate(today), -days)));
        expect(addDaysToIsoDate(today, days)).toBe(isoOf(addDays(localDate(today), days)));
        expect(daysOverdueSince(due, today)).toBe(differenceInCalendarDays(localDate(today), localDate(due)));
        expect(daysBetween(due, today)).toBe(days);
      }),
    );
  });
});
