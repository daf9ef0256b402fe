import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { figureComparisons, positionOf, reportsLimitedBy, rulesLimitingReportsOf } from "@/lib/sources/agreement";

describe("agreement between sources", () => {
  it("places a figure before, inside or after the band", () => {
    const band = { fromDay: 15, toDay: 30 };
    expect(positionOf({ fromDay: 7, toDay: 7 }, band)).toBe("earlier");
    expect(positionOf({ fromDay: 15, toDay: 15 }, band)).toBe("within");
    expect(positionOf({ fromDay: 90, toDay: 90 }, band)).toBe("later");
    expect(positionOf({ fromDay: 61, toDay: null }, { fromDay: 61, toDay: null })).toBe("within");
  });

  it("finds that the seven-day article is earlier than most on emergency contacts, and who disagrees", () => {
    const c = figureComparisons(content, "article-seven-days").find((x) => x.event.id === "emergency-contact-called");
    expect(c?.position).toBe("earlier");
    expect(c?.disagreeWith.map((f) => f.source)).toContain("article-how-contacts-2024");
  });

  it("sets an article's reports beside the rules that limit them, and a rule source beside the reports", () => {
    const tensions = rulesLimitingReportsOf(content, "article-who-is-contacted");
    expect(tensions.some((t) => t.event.id === "friends-colleagues-contacted")).toBe(true);
    expect(reportsLimitedBy(content, "guideline-cba-collection-2026").length).toBeGreaterThan(0);
    expect(rulesLimitingReportsOf(content, "law-pipl")).toEqual([]);
  });
});

describe("source ids", () => {
  it("never take the name of the static /sources/claims page", async () => {
    expect(content.sources.map((s) => s.id)).not.toContain("claims");
  });
});
