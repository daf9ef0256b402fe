import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SourceFigure } from "@/lib/schema/content";
import { consensusBand, DISAGREEMENT_DAYS } from "@/lib/engine/consensus-band";

const fig = (fromDay: number | null, toDay: number | null = fromDay): SourceFigure => ({ source: "s", fromDay, toDay, says: "说法", word: "可能", reads: "possible" });

describe("consensusBand", () => {
  it.each([
    ["No dated figure gives no band.", [fig(null), fig(null)], null],
    ["One source gives its own window.", [fig(31, 60)], { band: { fromDay: 31, toDay: 60 }, spread: { minDay: 31, maxDay: 60 }, disagree: false }],
    [
      "Figures without a day are left out of the count.",
      [fig(1, 1), fig(null), fig(1, 1)],
      { band: { fromDay: 1, toDay: 1 }, spread: { minDay: 1, maxDay: 1 }, disagree: false },
    ],
    [
      "Two sources: the band runs from the earlier start to the later end, so it widens.",
      [fig(4, 7), fig(1, 15)],
      { band: { fromDay: 1, toDay: 15 }, spread: { minDay: 1, maxDay: 15 }, disagree: false },
    ],
    [
      "The emergency-contact figures: the band is days 15 to 30 and the sources disagree (7 to 90).",
      [fig(7), fig(15), fig(15, 30), fig(30), fig(90)],
      { band: { fromDay: 15, toDay: 30 }, spread: { minDay: 7, maxDay: 90 }, disagree: true },
    ],
    [
      "An open-ended figure makes the end open when it is the median.",
      [fig(31, null), fig(40, null)],
      { band: { fromDay: 31, toDay: null }, spread: { minDay: 31, maxDay: null }, disagree: true },
    ],
    [
      "An open end on one source of three does not open the band, but opens the spread.",
      [fig(10, 20), fig(12, 25), fig(14, null)],
      { band: { fromDay: 12, toDay: 25 }, spread: { minDay: 10, maxDay: null }, disagree: false },
    ],
    [
      "Exactly a week apart is not yet a disagreement.",
      [fig(7), fig(14)],
      { band: { fromDay: 7, toDay: 14 }, spread: { minDay: 7, maxDay: 14 }, disagree: false },
    ],
    [
      "Eight days apart is a disagreement.",
      [fig(7), fig(15)],
      { band: { fromDay: 7, toDay: 15 }, spread: { minDay: 7, maxDay: 15 }, disagree: true },
    ],
  ] as const)("%s", (_name, figures, want) => {
    expect(consensusBand(figures as unknown as SourceFigure[])).toEqual(want);
  });

  const figureArb = fc
    .tuple(fc.integer({ min: 0, max: 400 }), fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }))
    .map(([a, b]) => fig(a, b === null ? null : a + b));
  const figuresArb = fc.array(fc.oneof(figureArb, fc.constant(fig(null))), { minLength: 1, maxLength: 8 });

  it("The band lies inside the spread, starts on a source's own first day, and never ends before it starts.", () => {
    fc.assert(
      fc.property(figuresArb, (figures) => {
        const r = consensusBand(figures);
        const dated = figures.filter((f) => f.fromDay !== null);
        if (dated.length === 0) {
          expect(r).toBeNull();
          return;
        }
        expect(r).not.toBeNull();
        if (!r) return;
        const froms = dated.map((f) => f.fromDay as number);
        expect(froms).toContain(r.band.fromDay);
        expect(r.spread.minDay).toBe(Math.min(...froms));
        expect(r.band.fromDay).toBeGreaterThanOrEqual(r.spread.minDay);
        if (r.band.toDay !== null) expect(r.band.toDay).toBeGreaterThanOrEqual(r.band.fromDay);
        if (r.spread.maxDay !== null) {
          expect(r.spread.maxDay).toBeGreaterThanOrEqual(Math.max(...froms));
          if (r.band.toDay !== null) expect(r.band.toDay).toBeLessThanOrEqual(r.spread.maxDay);
          expect(r.band.toDay).not.toBeNull();
        }
        expect(r.spread.maxDay === null).toBe(dated.some((f) => f.toDay === null));
        expect(r.disagree).toBe(Math.max(...froms) - Math.min(...froms) > DISAGREEMENT_DAYS);
      }),
    );
  });

  it("The order the sources are listed in does not matter.", () => {
    fc.assert(
      fc.property(figuresArb, fc.infiniteStream(fc.nat()), (figures, keys) => {
        const shuffled = figures.map((f) => [keys.next().value as number, f] as const).sort((a, b) => a[0] - b[0]).map(([, f]) => f);
        expect(consensusBand(shuffled)).toEqual(consensusBand(figures));
      }),
    );
  });

  it("One more source giving a later start never moves the band earlier.", () => {
    fc.assert(
      fc.property(figuresArb, figureArb, (figures, extra) => {
        const before = consensusBand(figures);
        const later = fig(Math.max(extra.fromDay as number, before?.band.fromDay ?? 0), extra.toDay === null ? null : Math.max(extra.toDay, before?.band.fromDay ?? 0));
        const after = consensusBand([...figures, later]);
        // With no dated figure before, there is no band to move; after adding one there always is.
        expect(after).not.toBeNull();
        if (before) expect(after?.band.fromDay).toBeGreaterThanOrEqual(before.band.fromDay);
      }),
    );
  });
});
