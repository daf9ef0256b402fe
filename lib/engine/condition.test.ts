import { describe, expect, it } from "vitest";
import { meetsCondition } from "@/lib/engine/condition";
import type { Situation } from "@/lib/situation/parse-situation";

const base: Situation = {
  product: "jiebei",
  daysOverdue: 20,
  dueDate: "2026-11-02",
  amountFen: 100_000,
  history: "occasional",
  contact: "silent",
  emergencyContact: "unsure",
  partialRepayment: "no",
  guarantor: "unsure",
  dailyRatePercent: undefined,
};

describe("meetsCondition", () => {
  it.each([
    ["Exactly 1,000 yuan is not below 1,000.", { answer: "amount", below: 1000 }, { amountFen: 100_000 }, false],
    ["999.99 yuan is below 1,000.", { answer: "amount", below: 1000 }, { amountFen: 99_999 }, true],
    ["Exactly 10,000 yuan is at least 10,000.", { answer: "amount", atLeast: 10000 }, { amountFen: 1_000_000 }, true],
    ["9,999.99 yuan is not at least 10,000.", { answer: "amount", atLeast: 10000 }, { amountFen: 999_999 }, false],
    ["A band with both ends includes its start.", { answer: "amount", atLeast: 1000, below: 10000 }, { amountFen: 100_000 }, true],
    ["A listed answer meets the condition.", { answer: "contact", in: ["silent", "unreachable"] }, {}, true],
    ["An answer not listed does not.", { answer: "history", in: ["repeated"] }, {}, false],
    ["The product is a condition like any other.", { answer: "product", in: ["huabei"] }, { product: "huabei" }, true],
    ["Not sure about a guarantor is its own answer.", { answer: "guarantor", in: ["yes"] }, {}, false],
  ] as const)("%s", (_name, condition, change, want) => {
    expect(meetsCondition(condition as never, { ...base, ...change })).toBe(want);
  });
});
