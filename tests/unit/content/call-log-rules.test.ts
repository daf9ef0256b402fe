import { describe, expect, it } from "vitest";
import { callLogRules } from "@/content/call-log-rules";
import { content } from "@/content";
import { ruleCitations } from "@/lib/engine/in-force";
import { findCallLogRuleProblems } from "@/lib/content/call-log-rule-problems";
import { loadCallLogRules } from "@/content";

/** Every number anywhere in a value (the check's limits and hours). */
function numbersIn(value: unknown): number[] {
  if (typeof value === "number") return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(numbersIn);
  return [];
}

function collectionRuleText(id: string): string {
  const rule = content.collectionRules.find((r) => r.id === id);
  if (!rule) throw new Error(`no collection rule ${id}`);
  // The whole record: its title and its dated statements all count as its text.
  return JSON.stringify(rule);
}

describe("content/call-log-rules.ts", () => {
  it("is valid and refers only to collection rules and sources that exist", () => {
    expect(findCallLogRuleProblems(callLogRules, content)).toEqual([]);
    expect(() => loadCallLogRules()).not.toThrow();
  });

  it("states no number that its collection rule's text does not state", () => {
    for (const rule of callLogRules) {
      const text = collectionRuleText(rule.collectionRule);
      for (const n of numbersIn(rule.check)) {
        expect(text, `${rule.id}: ${n} is not in collection rule ${rule.collectionRule}`).toMatch(new RegExp(`(?<![0-9])${n}(?![0-9])`));
      }
    }
  });

  it("cites only sources its collection rule cites", () => {
    for (const rule of callLogRules) {
      const collectionRule = content.collectionRules.find((r) => r.id === rule.collectionRule);
      const cited = new Set(collectionRule ? ruleCitations(collectionRule).map((c) => c.source) : []);
      for (const c of rule.citations) expect(cited.has(c.source), `${rule.id} cites ${c.source}`).toBe(true);
    }
  });

  it("reports a bad limit, an unknown collection rule and an unknown source", () => {
    const bad = [
      { ...callLogRules[0], id: "x", check: { kind: "daily-limit", max: 0, channels: ["call-missed"], to: "debtor" } },
      { ...callLogRules[0], id: "y", collectionRule: "no-such-rule" },
      { ...callLogRules[0], id: "z", citations: [{ source: "no-such-source" }] },
    ];
    const problems = findCallLogRuleProblems(bad, content);
    expect(problems.some((p) => p.includes("#0") && p.includes("check.max"))).toBe(true);
    expect(problems).toContain("call-log rule y names unknown collection rule no-such-rule");
    expect(problems).toContain("call-log rule z cites unknown source no-such-source");
  });
});
