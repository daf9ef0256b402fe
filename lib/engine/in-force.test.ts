import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isInForce } from "@/lib/engine/in-force";
import { isoDateArb } from "@/tests/unit/fixtures/arbitraries";

describe("isInForce", () => {
  const law2012 = { effectiveFrom: "2013-01-01", effectiveUntil: "2025-12-31" };
  it.each([
    ["A text with no dates always applies.", {}, "1990-01-01", true],
    ["The day before a text applies, it does not.", law2012, "2012-12-31", false],
    ["On its first day it applies.", law2012, "2013-01-01", true],
    ["On its last day it still applies.", law2012, "2025-12-31", true],
    ["The day after its last day it no longer applies.", law2012, "2026-01-01", false],
    ["A text with only a start applies from then on.", { effectiveFrom: "2026-01-30" }, "2099-12-31", true],
    ["A text with only an end applies until then.", { effectiveUntil: "2025-12-31" }, "2000-01-01", true],
  ])("%s", (_name, source, today, want) => {
    expect(isInForce(source, today)).toBe(want);
  });

  it("agrees with comparing day numbers for any dates", () => {
    fc.assert(
      fc.property(isoDateArb, isoDateArb, isoDateArb, (a, b, today) => {
        const [from, until] = a <= b ? [a, b] : [b, a];
        expect(isInForce({ effectiveFrom: from, effectiveUntil: until }, today)).toBe(
          Date.parse(from) <= Date.parse(today) && Date.parse(today) <= Date.parse(until),
        );
      }),
    );
  });
});
