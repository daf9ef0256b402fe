import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { readDebt, type Debt } from "@/lib/several-debts/debt";
import { MAX_DEBTS_FRAGMENT_LENGTH, readDebtsFragment, writeDebtsFragment } from "@/lib/several-debts/debt-link";
import { MAX_DEBTS } from "@/lib/schema/debt-kinds";
import { hostileTextArb } from "@/tests/unit/fixtures/arbitraries";
import { debtArb } from "@/tests/unit/fixtures/debt-arbitraries";

// Property tests share two cores with builds and browsers; give them room rather than flake.
vi.setConfig({ testTimeout: 60_000 });

const person: Debt[] = [
  { kind: "jiebei", amountFen: 2_000_000, days: 30, ratePercent: "0.05", collateral: "no", guarantor: "no" },
  { kind: "huabei", amountFen: 300_000, days: 10, ratePercent: null, collateral: "no", guarantor: "no" },
  { kind: "card", amountFen: 812_345, days: 40, ratePercent: null, collateral: "no", guarantor: "unsure" },
];

describe("the several-debts link", () => {
  it("writes one readable part per debt", () => {
    expect(writeDebtsFragment(person)).toBe("debt=jiebei_20000_30_0.05_no_no&debt=huabei_3000_10__no_no&debt=card_8123.45_40__no_unsure");
  });

  it("reads back what it wrote, for any list it can write (round trip)", () => {
    fc.assert(
      fc.property(fc.array(debtArb, { maxLength: MAX_DEBTS }), (debts) => {
        const fragment = writeDebtsFragment(debts);
        expect(fragment.length).toBeLessThanOrEqual(MAX_DEBTS_FRAGMENT_LENGTH);
        const reading = readDebtsFragment(`#${fragment}`);
        expect(reading.problems).toEqual([]);
        expect(reading.debts).toEqual(debts);
      }),
    );
  });

  it("never throws on any text, and what it reads writes back to the same debts", () => {
    const piece = fc.oneof(
      fc.array(fc.oneof(hostileTextArb, fc.constantFrom("jiebei", "20000", "-5", "1e9", "", "0.05", "yes")), { maxLength: 7 }).map((p) => `debt=${p.join("_")}`),
      fc.constantFrom("%", "%E4%B8", "=", "debt", "__proto__=1", "DEBT=card_1_1__no_no"),
    );
    const fragmentArb = fc.oneof(fc.string({ unit: "binary" }), fc.array(piece, { maxLength: 14 }).map((parts) => `#${parts.join("&")}`));
    fc.assert(
      fc.property(fragmentArb, (fragment) => {
        const reading = readDebtsFragment(fragment);
        expect(reading.debts.length).toBeLessThanOrEqual(MAX_DEBTS);
        expect(readDebtsFragment(writeDebtsFragment(reading.debts)).debts).toEqual(reading.debts);
        for (const p of reading.problems) expect(p.message).toMatch(/[\u4e00-\u9fff]/);
      }),
    );
  });

  it.each([
    ["an unknown key", "#debt=huabei_3000_10__no_no&evil=1", 1, /无法识别/],
    ["a debt with too few parts", "#debt=huabei_3000", 0, /格式不对/],
    ["broken percent-encoding", "#debt=huabei_%E4_10__no_no", 0, /格式不对/],
    ["a negative amount", "#debt=huabei_-3000_10__no_no", 0, /不能是负数|大于0/],
    ["a huge amount", "#debt=huabei_999999999_10__no_no", 0, /超过5000万/],
    ["negative days", "#debt=huabei_3000_-1__no_no", 0, /负数/],
    ["huge days", "#debt=huabei_3000_99999__no_no", 0, /不能超过3650天/],
    ["a negative rate", "#debt=huabei_3000_10_-0.05_no_no", 0, /不能是负数/],
    ["a huge rate", "#debt=huabei_3000_10_5_no_no", 0, /不能超过每天1%/],
    ["a rate that is not a number", "#debt=huabei_3000_10_abc_no_no", 0, /日费率请写成数字/],
    ["an unknown lender kind", "#debt=bank_3000_10__no_no", 0, /借款种类无法识别/],
  ] as const)("reports %s in plain Chinese and keeps the rest", (_name, fragment, debts, message) => {
    const reading = readDebtsFragment(fragment);
    expect(reading.debts).toHaveLength(debts);
    expect(reading.problems.map((p) => p.message).join(" ")).toMatch(message);
  });

  it("keeps the readable debts when one in the middle is broken, and names which one", () => {
    const reading = readDebtsFragment("#debt=jiebei_20000_30_0.05_no_no&debt=huabei_-1_10__no_no&debt=card_5000_40__no_no");
    expect(reading.debts.map((d) => d.kind)).toEqual(["jiebei", "card"]);
    expect(reading.rows).toHaveLength(3);
    expect(reading.problems).toEqual([{ part: "第2笔", message: expect.stringMatching(/负数|大于0/) }]);
  });

  it("refuses a link longer than any it writes, and stops after the tenth debt", () => {
    expect(readDebtsFragment(`#debt=${"1".repeat(MAX_DEBTS_FRAGMENT_LENGTH)}`).problems[0]?.message).toMatch(/太长/);
    const eleven = Array.from({ length: 11 }, () => "debt=card_1_1__no_no").join("&");
    const reading = readDebtsFragment(eleven);
    expect(reading.debts).toHaveLength(MAX_DEBTS);
    expect(reading.problems).toEqual([{ part: "链接", message: expect.stringMatching(/最多记10笔/) }]);
  });
});

describe("readDebt: one debt as typed", () => {
  it("reads numbers and rates as people write them", () => {
    expect(readDebt({ kind: "jiebei", amount: "2万元", days: "３０天", rate: "万分之五" })).toEqual({
      ok: true,
      debt: { kind: "jiebei", amountFen: 2_000_000, days: 30, ratePercent: "0.05", collateral: "unsure", guarantor: "unsure" },
    });
  });

  it("names every missing field, in form order", () => {
    const result = readDebt({});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.field)).toEqual(["kind", "amount", "days"]);
  });
});
