import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { spreadOf } from "@/lib/engine/source-spread";
import { must } from "@/tests/unit/fixtures/must";

const event = (id: string) => must(content.events.find((e) => e.id === id), `event ${id}`);

describe("spreadOf: from which day, per which source", () => {
  it("Emergency contacts: the sources say day 7, 15, 15–30, about 30 and about 90; the band most agree on is days 15–30, and they disagree", () => {
    const e = event("emergency-contact-called");
    expect(e.figures.map((f) => [f.source, f.fromDay])).toEqual([
      ["article-seven-days", 7],
      ["article-how-contacts-2024", 15],
      ["article-when-contacts-2025", 15],
      ["article-when-contacts-2025", 30],
      ["article-how-contacts-2024", 90],
    ]);
    const s = spreadOf(e);
    expect(s.band).toEqual({ fromDay: 15, toDay: 30 });
    expect(s.spread).toEqual({ minDay: 7, maxDay: 90 });
    expect(s.disagree).toBe(true);
    expect(s.placementNote).toBeNull();
  });

  it("An event no source dates uses its marked placement and says so", () => {
    const e = must(content.events.find((x) => x.figures.every((f) => f.fromDay === null)), "an event with no dated figure");
    const s = spreadOf(e);
    expect(s.band).toEqual({ fromDay: e.placement?.fromDay, toDay: e.placement?.toDay });
    expect(s.placementNote).toBe(e.placement?.note);
  });

  it("throws for an event with neither a dated figure nor a placement", () => {
    const e = { ...event("emergency-contact-called"), figures: [], placement: undefined };
    expect(() => spreadOf(e)).toThrow(/no dated figure and no placement/);
  });
});
