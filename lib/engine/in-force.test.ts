import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { content } from "@/content";
import type { CollectionRule, Source } from "@/lib/schema/content";
import { isInForce, isRuleText, ruleOnDay } from "@/lib/engine/in-force";
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

describe("ruleOnDay: collection rules dated statement by statement", () => {
  const sourcesById = new Map(content.sources.map((s) => [s.id, s]));
  const lookup = (id: string) => sourcesById.get(id);
  const rule = (id: string) => content.collectionRules.find((r) => r.id === id) as CollectionRule;
  const shownSources = (id: string, today: string) => ruleOnDay(rule(id), lookup, today)?.statements.map((s) => s.basis.source) ?? null;

  const BEFORE_STANDARD = "2025-02-27"; // the day before GB/T 45251—2025 was published and in force
  const BETWEEN = "2025-06-01"; // the standard in force, the banking guideline not yet issued
  const LAST_DAY_BEFORE_GUIDELINE = "2026-01-29";
  const AFTER = "2026-12-02";
  const STANDARD = "std-gbt-45251-2025";
  const GUIDELINE = "guideline-cba-collection-2026";

  it.each([
    [BEFORE_STANDARD, "quiet-hours", null],
    [BETWEEN, "quiet-hours", [STANDARD]],
    [LAST_DAY_BEFORE_GUIDELINE, "quiet-hours", [STANDARD]],
    [AFTER, "quiet-hours", [STANDARD, GUIDELINE]],
    [BEFORE_STANDARD, "call-limits", null],
    [BETWEEN, "call-limits", [STANDARD]],
    [AFTER, "call-limits", [STANDARD, GUIDELINE]],
    [BEFORE_STANDARD, "collect-from-borrower-only", null],
    [BETWEEN, "collect-from-borrower-only", [STANDARD]],
    [AFTER, "collect-from-borrower-only", [STANDARD, GUIDELINE]],
    [BETWEEN, "third-parties-only-when-unreachable", null],
    [AFTER, "third-parties-only-when-unreachable", [GUIDELINE]],
    // A dateless channel ("call 110") never keeps a guideline's limits on screen by itself.
    [BETWEEN, "home-visit-rules", null],
    [AFTER, "home-visit-rules", [GUIDELINE, "service-110-96110"]],
    [BEFORE_STANDARD, "no-harassment", ["law-civil-code-personality", "law-public-security-penalties-2012", "law-criminal-code", "law-public-security-penalties-2012"]],
    [BETWEEN, "no-harassment", ["law-civil-code-personality", "law-public-security-penalties-2012", "law-criminal-code", "law-public-security-penalties-2012"]],
    [AFTER, "no-harassment", [GUIDELINE, "law-civil-code-personality", "law-criminal-code", "law-public-security-penalties-2025"]],
    [BETWEEN, "no-debt-disclosure", ["law-civil-code-personality"]],
    [AFTER, "no-debt-disclosure", [GUIDELINE, "law-civil-code-personality"]],
    [BETWEEN, "stop-when-refused", ["law-pipl"]],
    [AFTER, "stop-when-refused", [GUIDELINE, "law-pipl"]],
  ])("on %s, rule %s shows the statements resting on %j", (today, id, want) => {
    expect(shownSources(id, today)).toEqual(want);
  });

  it("on every day, a shown statement's own source is in force, and a rule shows only with a rule text behind it", () => {
    fc.assert(
      fc.property(isoDateArb, fc.constantFrom(...content.collectionRules), (today, r) => {
        const onDay = ruleOnDay(r, lookup, today);
        const inForce = r.statements.filter((s) => isInForce(sourcesById.get(s.basis.source) as Source, today));
        const byRuleText = inForce.filter((s) => isRuleText(sourcesById.get(s.basis.source) as Source));
        if (byRuleText.length === 0) {
          expect(onDay).toBeNull();
          return;
        }
        expect(onDay?.statements.map((s) => s.text)).toEqual(inForce.map((s) => s.text));
        for (const c of onDay?.citations ?? []) expect(isInForce(sourcesById.get(c.source) as Source, today)).toBe(true);
        expect(onDay?.body).toBe(inForce.map((s) => s.text).join(""));
      }),
    );
  });

  it("before the banking guideline, no page data or timeline shows its words or cites it", () => {
    for (const today of [BEFORE_STANDARD, BETWEEN, LAST_DAY_BEFORE_GUIDELINE]) {
      const shown = content.collectionRules.flatMap((r) => ruleOnDay(r, lookup, today) ?? []);
      expect(JSON.stringify(shown)).not.toContain(GUIDELINE);
      expect(JSON.stringify(shown)).not.toContain("银行业协会");
    }
    const shown = content.collectionRules.flatMap((r) => ruleOnDay(r, lookup, BEFORE_STANDARD) ?? []);
    expect(JSON.stringify(shown)).not.toContain(STANDARD);
    expect(JSON.stringify(shown)).not.toContain("国家标准");
  });
});
