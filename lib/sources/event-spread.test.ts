import { describe, expect, it } from "vitest";
import { assess } from "@/lib/engine/assess";
import { content } from "@/content";
import { eventSpread } from "@/lib/sources/event-spread";
import { parseSituation } from "@/lib/situation/parse-situation";

describe("event spreads shown on Q&A and source pages", () => {
  it("equal what the timeline engine uses for every event", () => {
    const parsed = parseSituation({ product: "jiebei", days: "0", amount: "1000", history: "ontime", contact: "answering", guarantor: "yes" }, "2026-03-01");
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const assessment = assess(parsed.situation, "2026-03-01", content);
    for (const e of content.events) {
      const onTimeline = assessment.events.find((x) => x.id === e.id);
      expect(onTimeline, e.id).toBeDefined();
      const mine = eventSpread(content.events, e.id);
      expect({ band: mine.band, spread: mine.spread, disagree: mine.disagree, placementNote: mine.placementNote }).toEqual({
        band: onTimeline?.sources.band,
        spread: onTimeline?.sources.spread,
        disagree: onTimeline?.sources.disagree,
        placementNote: onTimeline?.sources.placementNote,
      });
    }
  });

  it("throws on an unknown event", () => {
    expect(() => eventSpread(content.events, "no-such-event")).toThrow(/unknown event/);
  });
});
