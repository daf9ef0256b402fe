/** Citations whose source applies on `today`; an expired or not-yet-valid text is not cited. */
import type { Citation, Source } from "@/lib/content/schema";
import type { IsoDate } from "@/lib/dates/iso-date";
import { isInForce } from "@/lib/engine/in-force";
import { sources as allSources } from "@/content/sources";

export function sourceInForce(id: string, today: IsoDate, sources: readonly Source[] = allSources): boolean {
  const source = sources.find((s) => s.id === id);
  return source !== undefined && isInForce(source, today);
}

/** @example citationsInForce([{ source: "law-pipl" }], "2021-10-01") // [] (in force from 2021-11-01) */
export function citationsInForce(citations: readonly Citation[], today: IsoDate, sources: readonly Source[] = allSources): Citation[] {
  return citations.filter((c) => sourceInForce(c.source, today, sources));
}
