import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";

// Property tests share two cores with builds and browsers; give them room rather than flake.
vi.setConfig({ testTimeout: 60_000 });
import { MAX_FRAGMENT_LENGTH, fragmentWith, readFragment, situationToRaw, writeFragment } from "@/lib/situation/share-link";
import { FIELD_NAMES, type RawAnswers } from "@/lib/situation/situation-schema";
import { parseSituation } from "@/lib/situation/parse-situation";
import { addDaysToIsoDate } from "@/lib/dates/iso-date";
import { assessedArb, hostileTextArb } from "@/tests/unit/fixtures/arbitraries";
import { ALL_SITUATIONS } from "@/tests/unit/fixtures/situations";

describe("readFragment: reading a shared link", () => {
  it.each([
    ["A plain link gives its answers.", "#product=jiebei&days=20", { product: "jiebei", days: "20" }, 0],
    ["The leading # is optional.", "product=huabei", { product: "huabei" }, 0],
    ["Keys are read without regard to case or spaces.", "#%20DAYS%20=20", { days: "20" }, 0],
    ["Percent-encoded full-width digits are decoded.", "#days=%EF%BC%92%EF%BC%90", { days: "２０" }, 0],
    ["Percent-encoded 万 is decoded.", "#amount=2%E4%B8%87", { amount: "2万" }, 0],
    ["A plus sign is a space, as in a form.", "#amount=2+000", { amount: "2 000" }, 0],
    ["Double encoding is decoded once only.", "#days=%2520", { days: "%20" }, 0],
    ["Empty pieces between ampersands are skipped.", "#&&days=20&&", { days: "20" }, 0],
    ["A key without a value reads as empty.", "#days", { days: "" }, 0],
    ["An empty link gives nothing and no problems.", "", {}, 0],
    ["An unknown key is reported and ignored.", "#days=20&evil=1", { days: "20" }, 1],
    ["__proto__ is an unknown key like any other.", "#__proto__=x&constructor=y&days=1", { days: "1" }, 2],
    ["A broken percent-encoding is reported and ignored.", "#days=%E4&product=jiebei", { product: "jiebei" }, 1],
    ["A lone percent sign is reported and ignored.", "#%=20", {}, 1],
    ["An answer given twice is dropped, not guessed.", "#days=20&days=200&product=jiebei", { product: "jiebei" }, 1],
    ["An answer given three times is still dropped.", "#days=1&DAYS=2&days=3", {}, 2],
  ] as const)("%s", (_name, fragment, raw, problemCount) => {
    const reading = readFragment(fragment);
    expect(reading.raw).toEqual(raw);
    expect(reading.problems).toHaveLength(problemCount);
  });

  it("A link longer than any this product writes is refused as a whole, with one problem.", () => {
    const reading = readFragment(`#days=${"1".repeat(MAX_FRAGMENT_LENGTH)}`);
    expect(reading.raw).toEqual({});
    expect(reading.problems).toEqual([{ part: "整个链接", message: expect.stringMatching(/太长/) }]);
  });

  it("Markup in a link is carried as text, shortened in problems, and never becomes a known answer.", () => {
    const reading = readFragment("#%3Cscript%3Ealert(1)%3C%2Fscript%3E=1&product=%3Cimg%20src%3Dx%3E");
    expect(reading.raw).toEqual({ product: "<img src=x>" });
    expect(reading.problems).toHaveLength(1);
    expect(reading.problems[0]?.part.length).toBeLessThanOrEqual(25);
    const parsed = parseSituation(reading.raw, "2026-11-22");
    expect(parsed.ok).toBe(false);
  });

  it("Any string at all gives known answers and short, located problems, and never throws or pollutes objects.", () => {
    const piece = fc.oneof(
      hostileTextArb,
      fc.constantFrom(...FIELD_NAMES).chain((k) => hostileTextArb.map((v) => `${k}=${v}`)),
      fc.constantFrom("%", "%%", "%E4%B8", "%C0%AF", "%ED%A0%80", "=", "==", "&", "#", "%26", "%3D", "__proto__=1", "constructor=1"),
    );
    const fragmentArb = fc.oneof(fc.string({ unit: "binary" }), fc.array(piece, { maxLength: 12 }).map((parts) => `#${parts.join("&")}`));
    fc.assert(
      fc.property(fragmentArb, (fragment) => {
        const { raw, problems } = readFragment(fragment);
        expect(Object.getPrototypeOf(raw)).toBe(Object.prototype);
        for (const [key, value] of Object.entries(raw)) {
          expect(FIELD_NAMES).toContain(key);
          expect(typeof value).toBe("string");
        }
        for (const p of problems) {
          expect(p.part.length).toBeLessThanOrEqual(25);
          expect(p.message).toMatch(/[\u4e00-\u9fff]/);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        // Whatever the link held, the parser answers with a result, not an exception.
        expect(() => parseSituation(raw, "2026-11-22")).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });
});

/** encodeURIComponent refuses half of a surrogate pair; no keyboard produces one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("writeFragment and readFragment", () => {
  // Full Unicode, emoji and combining marks included; lone surrogates are left out (see writeFragment).
  const wellFormed = fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), fc.string({ unit: "grapheme-composite", minLength: 1, maxLength: 10 }), hostileTextArb.filter((s) => s.length > 0 && s.length < 100 && !LONE_SURROGATE.test(s)));
  const rawArb: fc.Arbitrary<RawAnswers> = fc.record(
    Object.fromEntries(FIELD_NAMES.map((f) => [f, wellFormed])) as Record<(typeof FIELD_NAMES)[number], fc.Arbitrary<string>>,
    { requiredKeys: [] },
  );

  it("Any answers written to a link are read back exactly, whatever characters they hold.", () => {
    fc.assert(
      fc.property(rawArb, (raw) => {
        const reading = readFragment(`#${writeFragment(raw)}`);
        expect(reading.problems).toEqual([]);
        expect(reading.raw).toEqual(raw);
      }),
      { numRuns: 300 },
    );
  });

  it("writes answers in the form's order and leaves empty ones out", () => {
    expect(writeFragment({ contact: "silent", product: "jiebei", days: "", amount: "2万" })).toBe(
      "product=jiebei&amount=2%E4%B8%87&contact=silent",
    );
  });
});

describe("fragmentWith", () => {
  it("replaces one answer and keeps every other, in the usual order", () => {
    expect(fragmentWith("#product=huabei&days=3&rate=0.05&amount=100", { rate: "0.08" })).toBe("product=huabei&days=3&amount=100&rate=0.08");
    expect(fragmentWith("#product=huabei", { rate: "0.08" })).toBe("product=huabei&rate=0.08");
    expect(fragmentWith("", { rate: "0.08" })).toBe("rate=0.08");
  });

  it("drops the parts a link reader refuses rather than copying them on", () => {
    expect(fragmentWith("#product=huabei&evil=<script>&days=3", { rate: "0.1" })).toBe("product=huabei&days=3&rate=0.1");
  });
});

describe("situationToRaw", () => {
  it.each(ALL_SITUATIONS.map((s) => [s.name, s] as const))("keeps only what the user said: %s", (_name, s) => {
    const parsed = parseSituation(s.raw, s.today);
    if (!parsed.ok) throw new Error("fixture");
    const raw = situationToRaw(parsed.situation);
    // Always the due date, never the day count; defaults are not written out.
    expect(raw.days).toBeUndefined();
    expect(raw.due).toBe(parsed.situation.dueDate);
    if (s.raw.ec === undefined) expect(raw.ec).toBeUndefined();
    if (s.raw.guarantor === undefined) expect(raw.guarantor).toBeUndefined();
    expect(parseSituation(raw, s.today)).toEqual(parsed);
  });
});

describe("a link made one day and opened later", () => {
  it("A link written from 9 days overdue reads 14 days overdue five days later, with the same due date.", () => {
    const made = parseSituation({ product: "jiebei", days: "9", amount: "8600", history: "ontime", contact: "answering" }, "2026-11-27");
    if (!made.ok) throw new Error("fixture");
    const fragment = writeFragment(situationToRaw(made.situation));
    expect(fragment).toBe("product=jiebei&due=2026-11-18&amount=8600&history=ontime&contact=answering");
    const later = parseSituation(readFragment(`#${fragment}`).raw, "2026-12-02");
    expect(later.ok && later.situation).toMatchObject({ daysOverdue: 14, dueDate: "2026-11-18" });
  });

  it("Any link stays true: opened k days later, it says k more days overdue and the same due date.", () => {
    fc.assert(
      fc.property(assessedArb, fc.integer({ min: 0, max: 400 }), ({ today, situation }, k) => {
        const raw = readFragment(`#${writeFragment(situationToRaw(situation))}`).raw;
        const later = parseSituation(raw, addDaysToIsoDate(today, k));
        if (situation.daysOverdue + k > 3650) return;
        expect(later.ok).toBe(true);
        if (!later.ok) return;
        expect(later.situation.dueDate).toBe(situation.dueDate);
        expect(later.situation.daysOverdue).toBe(situation.daysOverdue + k);
      }),
      { numRuns: 300 },
    );
  });

  it("An old link that carries days still opens, counted from the day it is opened.", () => {
    const old = parseSituation(readFragment("#product=jiebei&days=9&amount=8600&history=ontime&contact=answering").raw, "2026-12-02");
    expect(old.ok && old.situation).toMatchObject({ daysOverdue: 9, dueDate: "2026-11-23" });
  });
});
