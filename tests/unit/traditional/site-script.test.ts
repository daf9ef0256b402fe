import { describe, expect, it } from "vitest";
import { otherScriptPath, sitePath, TRADITIONAL_BASE } from "@/lib/script/site-script";
import { absoluteUrl } from "@/lib/questions/site-url";
import { linkScriptTwins, twinPath } from "@/build/steps/traditional-twins.mjs";

describe("site paths", () => {
  it("prefix internal paths with the Traditional base only", () => {
    expect(sitePath("/timeline#a=1", TRADITIONAL_BASE)).toBe("/zh-Hant/timeline#a=1");
    expect(sitePath("/", TRADITIONAL_BASE)).toBe("/zh-Hant");
    expect(sitePath("/#days=9", TRADITIONAL_BASE)).toBe("/zh-Hant#days=9");
    expect(sitePath("#main", TRADITIONAL_BASE)).toBe("#main");
    expect(sitePath("tel:12378", TRADITIONAL_BASE)).toBe("tel:12378");
    expect(sitePath("//example.org/x", TRADITIONAL_BASE)).toBe("//example.org/x");
    expect(sitePath("/timeline", "")).toBe("/timeline");
    expect(sitePath("/timeline")).toBe("/timeline"); // this (Simplified) build
  });

  it("lead to the same page, fragment and all, in the other script and back", () => {
    for (const path of ["/", "/timeline#product=jiebei&days=20", "/questions/x", "/#days=9", "/call-log#role=contact"]) {
      const other = otherScriptPath(path);
      expect(other.startsWith("/zh-Hant")).toBe(true);
      expect(otherScriptPath(other)).toBe(path);
    }
    expect(otherScriptPath("/zh-Hant/timeline#a=1")).toBe("/timeline#a=1");
    expect(otherScriptPath("/zh-Hantx")).toBe("/zh-Hant/zh-Hantx"); // not the Traditional site
  });

  it("make absolute URLs for either site", () => {
    expect(absoluteUrl("/sources", "/zh-Hant")).toMatch(/\/zh-Hant\/sources$/);
    expect(absoluteUrl("/", "/zh-Hant")).toMatch(/[^/]\/zh-Hant$/);
    expect(absoluteUrl("/")).toMatch(/:\/\/[^/]+\/$/);
  });
});

describe("linkScriptTwins (post-build)", () => {
  const page = (href: string) => `<html><head><title>x</title></head><body><a href="${href}" data-script-switch="" lang="zh-Hant">繁體</a></body></html>`;

  it("points the switch at the twin and adds hreflang alternates, once", () => {
    const out = linkScriptTwins(page("/zh-Hant"), "/questions/x");
    expect(out).toContain('<a href="/zh-Hant/questions/x" data-script-switch=""');
    expect(out.match(/hrefLang="zh-Hans" href="[^"]*\/questions\/x"/)).not.toBeNull();
    expect(out.match(/hrefLang="zh-Hant" href="[^"]*\/zh-Hant\/questions\/x"/)).not.toBeNull();
    expect(out.match(/hrefLang="x-default" href="[^"]*\/questions\/x"/)).not.toBeNull();
    expect(linkScriptTwins(out, "/questions/x")).toBe(out);
    expect(twinPath("/zh-Hant")).toBe("/");
    expect(twinPath("/")).toBe("/zh-Hant");
  });

  it("sends the 404 page's switch to the other site's start, without alternates", () => {
    const out = linkScriptTwins(page("/"), "/zh-Hant/404");
    expect(out).toContain('<a href="/" data-script-switch=""');
    expect(out).not.toContain("hrefLang");
  });

  it("fails the build when a page has no switch", () => {
    expect(() => linkScriptTwins("<html><head></head><body></body></html>", "/")).toThrow(/繁\/简/);
  });
});
