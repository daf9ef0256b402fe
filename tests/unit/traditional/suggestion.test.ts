import { describe, expect, it } from "vitest";
import { addTraditionalSuggestion, SUGGESTION_MAX_BYTES, suggestionScript } from "@/build/steps/traditional-suggestion.mjs";

describe("the Traditional suggestion (post-build)", () => {
  const page = "<html><head><title>x</title></head><body></body></html>";

  it("goes on Simplified pages once, and never on Traditional ones", () => {
    const once = addTraditionalSuggestion(page, "/questions/x");
    expect(once.match(/suggest-traditional\.js/g)).toHaveLength(1);
    expect(addTraditionalSuggestion(once, "/questions/x")).toBe(once);
    expect(addTraditionalSuggestion(page, "/zh-Hant/questions/x")).toBe(page);
    expect(addTraditionalSuggestion(page, "/zh-Hant")).toBe(page);
  });

  it("is small, has no comments left, stores nothing and never redirects", () => {
    const code = suggestionScript();
    expect(Buffer.byteLength(code)).toBeLessThanOrEqual(SUGGESTION_MAX_BYTES);
    expect(code).not.toMatch(/\/\/ /); // minified: no comments
    expect(code).not.toMatch(/localStorage|sessionStorage|document\.cookie|indexedDB|location\s*[.=]/);
  });
});
