import { describe, expect, it } from "vitest";
import { content, loadToolkitTexts } from "@/content";

describe("the courts' reference rate the cost table flags", () => {
  it("is a number its cited source states, and the source is a court text", () => {
    const { annualPercent, citations } = loadToolkitTexts().courtReference;
    expect(citations.length).toBeGreaterThan(0);
    for (const c of citations) {
      const source = content.sources.find((s) => s.id === c.source);
      expect(source?.kind).toBe("court-rule");
      expect(source?.summary).toContain(`${annualPercent}%`);
    }
  });
});
