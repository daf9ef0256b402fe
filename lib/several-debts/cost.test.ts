import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkFragmentOf } from "@/lib/several-debts/check-link";
import { costPerDayFen, costSummary } from "@/lib/several-debts/cost";
import type { Debt } from "@/lib/several-debts/debt";
import { readFragment } from "@/lib/situation/share-link";
import { parseSituation } from "@/lib/situation/parse-situation";
import { debtArb } from "@/tests/unit/fixtures/debt-arbitraries";

const jiebei: Debt = { kind: "jiebei", amountFen: 2_000_000, days: 30, ratePercent: "0.05", collateral: "no", guarantor: "no" };
const huabei: Debt = { kind: "huabei", amountFen: 300_000, days: 10, ratePercent: null, collateral: "no", guarantor: "no" };
const card: Debt = { kind: "card", amountFen: 500_000, days: 40, ratePercent: "0.05", collateral: "no", guarantor: "no" };

describe("cost per day of waiting", () => {
  it("is the amount times the person's own daily rate, to the fen", () => {
    expect(costPerDayFen(jiebei)).toBe(1000n); // ¥20,000 × 0.05% = ¥10.00
    expect(costPerDayFen({ amountFen: 300_000, ratePercent: "0.035" })).toBe(105n); // ¥3,000 × 0.035% = ¥1.05
    expect(costPerDayFen({ amountFen: 333, ratePercent: "0.05" })).toBe(0n); // 0.1665 fen rounds to 0
    expect(costPerDayFen({ amountFen: 1000, ratePercent: "0.05" })).toBe(1n); // 0.5 fen rounds half up
  });

  it("is not computed without a rate: there is no default rate", () => {
    expect(costPerDayFen(huabei)).toBeNull();
    fc.assert(
      fc.property(debtArb, (d) => {
        expect(costPerDayFen({ ...d, ratePercent: null })).toBeNull();
      }),
    );
  });

  it("is exact: never more than half a fen from amount × rate / 100, and grows with the amount", () => {
    fc.assert(
      fc.property(debtArb, fc.integer({ min: 1, max: 1000 }), (d, extra) => {
        const fen = costPerDayFen(d);
        if (d.ratePercent === null) return;
        const [whole, frac = ""] = d.ratePercent.split(".");
        const rateNum = BigInt(`${whole}${frac}`);
        const rateDen = 100n * 10n ** BigInt(frac.length);
        const exact2 = 2n * BigInt(d.amountFen) * rateNum; // twice the exact value, over rateDen
        expect(fen).not.toBeNull();
        expect(2n * (fen as bigint) * rateDen - exact2 <= rateDen).toBe(true);
        expect(exact2 - 2n * (fen as bigint) * rateDen < rateDen).toBe(true);
        expect((costPerDayFen({ ...d, amountFen: d.amountFen + extra }) as bigint) >= (fen as bigint)).toBe(true);
      }),
    );
  });

  it("sums only the debts with a rate, and says how many are left out", () => {
    expect(costSummary([jiebei, huabei, card])).toEqual({ knownFen: 1250n, withRate: 2, withoutRate: 1 });
    expect(costSummary([])).toEqual({ knownFen: 0n, withRate: 0, withoutRate: 0 });
  });
});

describe("the link to the full check", () => {
  it("fills in product, days, amount and rate for 借呗 and 花呗, and the check reads them back", () => {
    expect(checkFragmentOf(jiebei)).toBe("product=jiebei&days=30&amount=20000&rate=0.05");
    expect(checkFragmentOf(huabei)).toBe("product=huabei&days=10&amount=3000");
    const raw = readFragment(checkFragmentOf(jiebei) as string).raw;
    const result = parseSituation({ ...raw, history: "occasional", contact: "silent" }, "2026-12-04");
    expect(result.ok && result.situation).toMatchObject({ product: "jiebei", daysOverdue: 30, amountFen: 2_000_000, dailyRatePercent: 0.05 });
  });

  it("is not offered for lenders the check does not cover", () => {
    for (const kind of ["card", "bankloan", "online"] as const) expect(checkFragmentOf({ ...jiebei, kind })).toBeNull();
  });
});
