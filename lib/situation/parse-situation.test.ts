import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";

// Property tests share two cores with builds and browsers; give them room rather than flake.
vi.setConfig({ testTimeout: 60_000 });
import { daysBetween, isIsoDate } from "@/lib/dates/iso-date";
import { ANSWER_VALUES } from "@/lib/schema/situation-answers";
import { parseSituation, type Situation } from "@/lib/situation/parse-situation";
import { readFragment, situationToRaw, writeFragment } from "@/lib/situation/share-link";
import { FIELD_NAMES, MAX_AMOUNT_YUAN, MAX_DAYS, type FieldName, type RawAnswers } from "@/lib/situation/situation-schema";
import { assessedArb, hostileTextArb } from "@/tests/unit/fixtures/arbitraries";
import { ALL_SITUATIONS, TODAY } from "@/tests/unit/fixtures/situations";

const BASE: RawAnswers = { product: "jiebei", days: "20", amount: "20000", history: "occasional", contact: "silent" };
const HAS_CHINESE = /[\u4e00-\u9fff]/;

function ok(raw: RawAnswers, today = TODAY): Situation {
  const r = parseSituation(raw, today);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.situation;
}

/** Whatever came in, the answer is a valid situation or errors that name fields and say what to do. */
function expectStructured(raw: unknown, today: string): void {
  const r = parseSituation(raw as RawAnswers, today);
  if (r.ok) {
    const s = r.situation;
    expect(Number.isInteger(s.daysOverdue)).toBe(true);
    expect(s.daysOverdue).toBeGreaterThanOrEqual(0);
    expect(s.daysOverdue).toBeLessThanOrEqual(MAX_DAYS);
    expect(isIsoDate(s.dueDate)).toBe(true);
    expect(daysBetween(s.dueDate, today)).toBe(s.daysOverdue);
    expect(Number.isInteger(s.amountFen)).toBe(true);
    expect(s.amountFen).toBeGreaterThan(0);
    expect(s.amountFen).toBeLessThanOrEqual(MAX_AMOUNT_YUAN * 100);
    expect(ANSWER_VALUES.product).toContain(s.product);
    expect(ANSWER_VALUES.history).toContain(s.history);
    expect(ANSWER_VALUES.contact).toContain(s.contact);
    expect(ANSWER_VALUES.emergencyContact).toContain(s.emergencyContact);
    expect(ANSWER_VALUES.partialRepayment).toContain(s.partialRepayment);
    expect(ANSWER_VALUES.guarantor).toContain(s.guarantor);
    if (s.dailyRatePercent !== undefined) expect(Number.isFinite(s.dailyRatePercent)).toBe(true);
  } else {
    expect(r.errors.length).toBeGreaterThan(0);
    const fields = r.errors.map((e) => e.field);
    expect(new Set(fields).size).toBe(fields.length);
    expect(fields).toEqual([...fields].sort((a, b) => FIELD_NAMES.indexOf(a) - FIELD_NAMES.indexOf(b)));
    for (const e of r.errors) {
      expect(FIELD_NAMES).toContain(e.field);
      expect(e.message).toMatch(HAS_CHINESE);
    }
    for (const [field, value] of Object.entries(r.valid)) {
      expect(fields).not.toContain(field);
      expect(value).toBe((raw as Record<string, unknown>)[field]);
    }
  }
}

describe("parseSituation: answers that are understood", () => {
  it.each([
    ["Twenty days and 20,000 yuan are read as written.", {}, { daysOverdue: 20, dueDate: "2026-11-02", amountFen: 2_000_000 }],
    ["Full-width digits and 天 in the days are understood.", { days: "２０天" }, { daysOverdue: 20 }],
    ["2万 is 20,000 yuan.", { amount: "2万" }, { amountFen: 2_000_000 }],
    ["Full-width ２万 with 元 is 20,000 yuan.", { amount: "２万元" }, { amountFen: 2_000_000 }],
    ["1.5w is 15,000 yuan.", { amount: "1.5w" }, { amountFen: 1_500_000 }],
    ["An amount with fen is kept to the fen.", { amount: "1234.56" }, { amountFen: 123_456 }],
    ["Surrounding spaces are ignored.", { days: "  20 ", product: " jiebei " }, { daysOverdue: 20 }],
    [
      "Answers left out take their cautious defaults.",
      {},
      { emergencyContact: "unsure", partialRepayment: "no", guarantor: "unsure", dailyRatePercent: undefined },
    ],
    ["An empty rate is no rate.", { rate: "" }, { dailyRatePercent: undefined }],
    ["A rate with full-width digits is read.", { rate: "０.０５" }, { dailyRatePercent: 0.05 }],
    ["A due date alone gives the days.", { days: undefined, due: "2026-11-02" }, { daysOverdue: 20 }],
    ["A due date with matching days is accepted.", { due: "2026-11-02" }, { daysOverdue: 20 }],
    ["Due today is day zero.", { days: undefined, due: TODAY }, { daysOverdue: 0 }],
    ["Full-width digits in a due date are understood.", { days: undefined, due: "２０２６-１１-０２" }, { daysOverdue: 20 }],
  ] as const)("%s", (_name, change, want) => {
    expect(ok({ ...BASE, ...change })).toMatchObject(want);
  });

  it("A due date across the leap day of 2024 counts the 29th.", () => {
    expect(ok({ ...BASE, days: undefined, due: "2024-02-27" }, "2024-03-01").daysOverdue).toBe(3);
  });

  it.each(ALL_SITUATIONS.map((s) => [s.name, s] as const))("The fixture parses: %s", (_name, s) => {
    expect(ok(s.raw, s.today).daysOverdue).toBe(s.expected.daysOverdue);
  });
});

describe("parseSituation: answers that are refused, with a message beside the right field", () => {
  it.each([
    ["A negative number of days says it cannot be negative.", { days: "-3" }, "days", /不能是负数/],
    ["A fraction of a day asks for a whole number.", { days: "20.5" }, "days", /整数/],
    ["NaN asks for a number.", { days: "NaN" }, "days", /没能读懂，请写成数字/],
    ["Infinity asks for a number.", { days: "Infinity" }, "days", /没能读懂，请写成数字/],
    ["Ten thousand days is too many.", { days: "10000" }, "days", /不能超过/],
    ["A number too long to be real is too many days.", { days: "99999999999999999999" }, "days", /不能超过/],
    ["No days and no due date asks for one of them.", { days: undefined }, "days", /请填写逾期天数/],
    ["Spaces in place of days ask for the days.", { days: "   " }, "days", /请填写逾期天数/],
    ["Days that disagree with the due date say what the due date gives.", { due: "2026-11-01" }, "days", /第21天/],
    ["A due date after today says it is not overdue yet.", { days: undefined, due: "2026-11-30" }, "due", /不能晚于今天/],
    ["30 February is not a date.", { days: undefined, due: "2026-02-30" }, "due", /真实的日期/],
    ["A due date more than ten years ago asks to check the year.", { days: undefined, due: "2010-01-01" }, "due", /10年/],
    ["Zero yuan must be more than zero.", { amount: "0" }, "amount", /大于0/],
    ["A negative amount must be more than zero.", { amount: "-100" }, "amount", /大于0/],
    ["A tenth of a fen is refused.", { amount: "12.345" }, "amount", /精确到分/],
    ["Six million yuan asks to check the zeros.", { amount: "600万" }, "amount", /500万/],
    ["No amount asks for it.", { amount: undefined }, "amount", /请填写逾期金额/],
    ["Words instead of an amount ask for a number.", { amount: "很多" }, "amount", /没能读懂，请写成数字/],
    ["An unknown product asks to choose again.", { product: "weilidai" }, "product", /借呗或花呗/],
    ["No product asks to choose one.", { product: undefined }, "product", /请选择产品/],
    ["Markup in the history is refused, not echoed.", { history: "<script>alert(1)</script>" }, "history", /无法识别/],
    ["An unknown contact answer is refused.", { contact: "SILENT" }, "contact", /无法识别/],
    ["An unknown emergency contact answer is refused.", { ec: "maybe" }, "ec", /无法识别/],
    ["A rate above 1% a day asks to check the decimal point.", { rate: "5" }, "rate", /小数点/],
    ["A negative rate is refused.", { rate: "-0.05" }, "rate", /不能是负数/],
    ["A field longer than any honest answer is refused.", { history: "a".repeat(41) }, "history", /太长/],
  ] as const)("%s", (_name, change, field, message) => {
    const r = parseSituation({ ...BASE, ...change } as RawAnswers, TODAY);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const error = r.errors.find((e) => e.field === field);
    expect(error, JSON.stringify(r.errors)).toBeDefined();
    expect(error?.message).toMatch(message);
    expect(error?.message).not.toMatch(/<|>|无效|出错了/);
    expect(r.valid[field as FieldName]).toBeUndefined();
  });

  it("Errors come in the order of the form and keep the answers that were fine.", () => {
    const r = parseSituation({ ...BASE, contact: "x", product: "y", amount: "0" }, TODAY);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.field)).toEqual(["product", "amount", "contact"]);
    expect(r.valid).toEqual({ days: "20", history: "occasional" });
  });
});

describe("parseSituation: hostile input", () => {
  const fieldArb = fc.constantFrom(...FIELD_NAMES);
  const rawArb = fc.dictionary(fc.oneof(fieldArb, fc.string(), fc.constantFrom("__proto__", "constructor", "toString")), hostileTextArb, {
    maxKeys: 14,
  });

  it("Any text in any field gives a situation or field errors, never an exception.", () => {
    fc.assert(fc.property(rawArb, (raw) => expectStructured(raw, TODAY)), { numRuns: 1000 });
  });

  it("Hostile text in one field of otherwise good answers is refused or understood, never thrown.", () => {
    fc.assert(
      fc.property(fieldArb, hostileTextArb, (field, text) => expectStructured({ ...BASE, [field]: text }, TODAY)),
      { numRuns: 1000 },
    );
  });

  it("Values that are not text at all, as a repeated query parameter would give, are refused, not thrown.", () => {
    const odd = fc.oneof(fc.array(fc.string(), { maxLength: 3 }), fc.integer(), fc.double(), fc.constant(null), fc.object(), fc.boolean());
    fc.assert(fc.property(fieldArb, odd, (field, value) => expectStructured({ ...BASE, [field]: value }, TODAY)), { numRuns: 300 });
  });
});

describe("parseSituation and the share link agree", () => {
  it("Any valid situation survives being written to a link and read back.", () => {
    fc.assert(
      fc.property(assessedArb, ({ today, situation }) => {
        const fragment = `#${writeFragment(situationToRaw(situation))}`;
        const { raw, problems } = readFragment(fragment);
        expect(problems).toEqual([]);
        const back = parseSituation(raw, today);
        expect(back).toEqual({ ok: true, situation });
      }),
      { numRuns: 500 },
    );
  });

  it.each(["0.0000001", "0.00000012345", "0.000000000000000000000005", "1", "0", "0.05"])(
    "A rate typed as %s survives the link as a plain decimal the parser reads back.",
    (rate) => {
      const situation = ok({ ...BASE, rate });
      const raw = situationToRaw(situation);
      expect(raw.rate).toMatch(/^\d+(\.\d+)?$/);
      expect(parseSituation(readFragment(writeFragment(raw)).raw, TODAY)).toEqual({ ok: true, situation });
    },
  );
});
