import fc from "fast-check";
import { afterAll, describe, expect, it, vi } from "vitest";

// Property tests share two cores with builds and browsers; give them room rather than flake.
vi.setConfig({ testTimeout: 60_000 });
import { addDaysToIsoDate, daysBetween, formatChineseDate, isIsoDate, localToday } from "@/lib/dates/iso-date";

const DAY_MS = 86_400_000;

/** An independent oracle: plain UTC milliseconds, where every day is 24 hours long. */
function oracleAdd(iso: string, days: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d) + days * DAY_MS);
  const pad = (n: number, w: number) => String(n).padStart(w, "0");
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1, 2)}-${pad(t.getUTCDate(), 2)}`;
}

/** Any real date from 1900 to 2199, by day number so every day is equally likely. */
const dateArb = fc.integer({ min: 0, max: 300 * 366 }).map((n) => oracleAdd("1900-01-01", n));
const offsetArb = fc.integer({ min: -20_000, max: 20_000 });

/**
 * Zones where local midnight is skipped or repeated on some days (São Paulo until
 * 2019, Santiago), one far from UTC, and China itself: the date functions must give
 * the same calendar answer in all of them.
 */
const ZONES = ["Asia/Shanghai", "UTC", "America/Sao_Paulo", "America/Santiago", "Pacific/Kiritimati", "America/Los_Angeles"];
const originalTz = process.env.TZ;
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe("addDaysToIsoDate", () => {
  it.each([
    ["Two days after 28 February in a leap year is 1 March.", "2024-02-28", 2, "2024-03-01"],
    ["One day after 28 February in a common year is 1 March.", "2026-02-28", 1, "2026-03-01"],
    ["1900 was not a leap year.", "1900-02-28", 1, "1900-03-01"],
    ["2000 was a leap year.", "2000-02-28", 1, "2000-02-29"],
    ["2100 will not be a leap year.", "2100-02-28", 1, "2100-03-01"],
    ["The day after New Year's Eve is in the next year.", "2026-12-31", 1, "2027-01-01"],
    ["Twenty days before 22 November 2026 is 2 November.", "2026-11-22", -20, "2026-11-02"],
    ["Going back from 1 March in a leap year lands on 29 February.", "2024-03-01", -1, "2024-02-29"],
    ["Adding nothing keeps the date.", "2026-11-22", 0, "2026-11-22"],
    ["A year of days from 1 January 2024 (leap) lands on 31 December.", "2024-01-01", 365, "2024-12-31"],
    ["Thirty-one days from 31 January passes through February.", "2026-01-31", 31, "2026-03-03"],
  ])("%s", (_name, iso, days, want) => {
    expect(addDaysToIsoDate(iso, days)).toBe(want);
  });

  it("rejects what is not a real date instead of rolling it over", () => {
    for (const bad of ["2026-02-30", "2026-13-01", "2026-00-10", "2026-1-1", "20261101", "", "2023-02-29", "2026-11-22T00:00"]) {
      expect(() => addDaysToIsoDate(bad, 1), bad).toThrow(RangeError);
    }
  });

  it.each(ZONES)("agrees with plain UTC arithmetic for any date and offset, with the device in %s", (zone) => {
    process.env.TZ = zone;
    // The zone really is in effect: in São Paulo, 4 November 2018 began at 01:00.
    if (zone === "America/Sao_Paulo") expect(new Date(2018, 10, 4).getHours()).toBe(1);
    fc.assert(
      fc.property(dateArb, offsetArb, (iso, days) => {
        expect(addDaysToIsoDate(iso, days)).toBe(oracleAdd(iso, days));
        expect(daysBetween(iso, addDaysToIsoDate(iso, days))).toBe(days);
      }),
      { numRuns: 300 },
    );
  });

  it("crosses the days when São Paulo skipped midnight without losing or repeating a day", () => {
    process.env.TZ = "America/Sao_Paulo";
    expect(addDaysToIsoDate("2018-11-03", 1)).toBe("2018-11-04");
    expect(addDaysToIsoDate("2018-11-04", 1)).toBe("2018-11-05");
    expect(addDaysToIsoDate("2018-11-05", -2)).toBe("2018-11-03");
    expect(daysBetween("2018-11-03", "2018-11-05")).toBe(2);
  });

  it("is additive: adding a then b is adding a + b", () => {
    fc.assert(
      fc.property(dateArb, offsetArb, offsetArb, (iso, a, b) => {
        expect(addDaysToIsoDate(addDaysToIsoDate(iso, a), b)).toBe(addDaysToIsoDate(iso, a + b));
      }),
    );
  });
});

describe("daysBetween", () => {
  it.each([
    ["From 1 to 22 November is 21 days.", "2026-11-01", "2026-11-22", 21],
    ["Across the leap day of 2024 is two days.", "2024-02-28", "2024-03-01", 2],
    ["Across New Year is one day.", "2026-12-31", "2027-01-01", 1],
    ["Backwards is negative.", "2026-11-22", "2026-11-01", -21],
    ["A leap year has 366 days.", "2024-01-01", "2025-01-01", 366],
  ])("%s", (_name, from, to, want) => {
    expect(daysBetween(from, to)).toBe(want);
  });

  it("is antisymmetric and throws a RangeError on a date that does not exist", () => {
    fc.assert(
      fc.property(dateArb, dateArb, (a, b) => {
        expect(daysBetween(a, b) + daysBetween(b, a)).toBe(0);
      }),
    );
    expect(() => daysBetween("2026-02-30", "2026-03-01")).toThrow(RangeError);
  });
});

describe("isIsoDate", () => {
  it("accepts every real date and rejects every string that is not one", () => {
    fc.assert(
      fc.property(dateArb, (iso) => {
        expect(isIsoDate(iso)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (s) => {
        // Never throws; true only for the exact form of a real date.
        const ok = isIsoDate(s);
        if (ok) expect(oracleAdd(s, 0)).toBe(s);
      }),
    );
  });
  it.each(["2024-02-29", "2000-02-29", "1900-01-01", "2199-12-31"])("accepts %s", (s) => expect(isIsoDate(s)).toBe(true));
  it.each(["2023-02-29", "1900-02-29", "2026-04-31", "２０２６-１１-０１", " 2026-11-01", "2026-11-01\n", "9999-99-99"])(
    "rejects %j",
    (s) => expect(isIsoDate(s)).toBe(false),
  );
});

describe("localToday and formatChineseDate", () => {
  it("reads the device's calendar date, not the UTC one", () => {
    process.env.TZ = "Asia/Shanghai";
    // 20:30 UTC on 21 November is 04:30 on 22 November in China.
    expect(localToday(new Date("2026-11-21T20:30:00Z"))).toBe("2026-11-22");
  });
  it("writes a date the way Chinese readers expect, without leading zeros", () => {
    expect(formatChineseDate("2026-12-07")).toBe("2026年12月7日");
    expect(formatChineseDate("not a date")).toBe("not a date");
  });
});
