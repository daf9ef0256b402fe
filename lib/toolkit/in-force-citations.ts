/**
 * Citations whose source applies on `today`; an expired or not-yet-valid text is not cited.
 * The sources are an argument (the slim `SourceRef`s of `/content.json` in the browser,
 * `content.sources` in tests), so nothing here bundles the registry.
 */
import type { Citation, Source } from "@/lib/content/schema";
import type { IsoDate } from "@/lib/dates/iso-date";
import { isInForce } from "@/lib/engine/in-force";

/** What the in-force check needs to know about a source. */
export type SourceDates = Pick<Source, "id" | "effectiveFrom" | "effectiveUntil">;

export function sourceInForce(id: string, today: IsoDate, sources: readonly SourceDates[]): boolean {
  const source = sources.find((s) => s.id === id);
  return source !== undefined && isInForce(source, today);
}

/** @example citationsInForce([{ source: "law-pipl" }], "2021-10-01", content.sources) // [] (in force from 2021-11-01) */
export function citationsInForce(citations: readonly Citation[], today: IsoDate, sources: readonly SourceDates[]): Citation[] {
  return citations.filter((c) => sourceInForce(c.source, today, sources));
}
