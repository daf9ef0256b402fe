import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { stageIndexForDay } from "@/lib/engine/stage-for-day";

const { stages } = content;

describe("stageIndexForDay", () => {
  it("puts every day from 0 to ten years into the one stage whose days contain it", () => {
    for (let day = 0; day <= 3650; day++) {
      const i = stageIndexForDay(stages, day);
      const stage = stages[i];
      expect(stage && day >= stage.fromDay && (stage.toDay === null || day <= stage.toDay), `day ${day}`).toBe(true);
    }
  });
  it("never goes back a stage as days pass", () => {
    fc.assert(
      fc.property(fc.nat(5000), fc.nat(5000), (a, b) => {
        expect(stageIndexForDay(stages, a + b)).toBeGreaterThanOrEqual(stageIndexForDay(stages, a));
      }),
    );
  });
});
