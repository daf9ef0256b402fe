import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysOverdueSince, dueDateFor } from "@/lib/dates/derive-date";
import { addDaysToIsoDate, daysBetween } from "@/lib/dates/iso-date";

const isoDay = fc
  .date({ min: new Date("1995-01-01T00:00:00Z"), max: new Date("2060-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe("deriving days overdue and the due date from each other (date-fns)", () => {
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

  it("agrees with the engine's fast UTC day arithmetic everywhere", () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: 0, max: 3650 }), (today, days) => {
        const due = dueDateFor(days, today);
        expect(due).toBe(addDaysToIsoDate(today, -days));
        expect(daysBetween(due, today)).toBe(days);
      }),
    );
  });
});
