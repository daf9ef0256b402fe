import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contactCallTexts } from "@/content/emergency-contact-replies";
import { CALL_ANSWER_VALUES, type CallAnswers } from "@/lib/schema/emergency-contact-answers";
import { callTexts } from "@/lib/emergency-contact/call-texts";
import { CALLS } from "@/tests/unit/fixtures/emergency-contact-calls";

describe("callTexts: the message and the complaint, written from the answers", () => {
  it("王阿姨's 21:50 law-firm call: the message names a law firm, the complaint states the count and the amount told, and no night call", () => {
    const { message, complaint } = callTexts(CALLS.lawFirmAt2150, contactCallTexts);
    expect(message).toContain("自称律师事务所的人");
    expect(message).not.toContain("借呗、花呗的催收");
    expect(complaint).toContain("今天一共打来3次");
    expect(complaint).toContain("把借款人欠多少钱、逾期多久告诉了我");
    expect(complaint).not.toMatch(/晚上10点|深夜/);
    expect(complaint).toMatch(/不是借款人，也不是担保人/);
    expect(complaint.endsWith("并给我答复。")).toBe(true);
  });

  it("names who called as the contact said, and says nothing the contact did not", () => {
    const answersArb: fc.Arbitrary<CallAnswers> = fc.record(
      {
        caller: fc.constantFrom(...CALL_ANSWER_VALUES.caller),
        said: fc.subarray([...CALL_ANSWER_VALUES.said]),
        time: fc.constantFrom(...CALL_ANSWER_VALUES.time),
        calls: fc.integer({ min: 1, max: 200 }),
        refused: fc.constantFrom(...CALL_ANSWER_VALUES.refused),
        found: fc.constantFrom(...CALL_ANSWER_VALUES.found),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(answersArb, (a) => {
        const { message, complaint } = callTexts(a, contactCallTexts);
        const who = contactCallTexts.who[a.caller ?? "unknown"];
        expect(message).toContain(who);
        expect(complaint).toContain(who);
        expect(`${message}${complaint}`).not.toMatch(/\{|\}|undefined/);
        expect(complaint.includes(contactCallTexts.complaint.night)).toBe(a.time === "night");
        expect(complaint.includes(`打来${a.calls}次`)).toBe(a.calls !== undefined);
        for (const s of CALL_ANSWER_VALUES.said) expect(complaint.includes(contactCallTexts.complaint.said[s])).toBe(a.said?.includes(s) ?? false);
        // The complaint is in the contact's own words: no 他 for the borrower, and it never says 你.
        expect(complaint).not.toMatch(/(?<!其)他(?!人)|你/);
      }),
    );
  });
});
