/** Whether a source applies on a given day: rules carry their effective dates. */
import type { Source } from "@/lib/content/schema";
import type { IsoDate } from "@/lib/dates/iso-date";

/** ISO dates compare correctly as strings. */
export function isInForce(source: Pick<Source, "effectiveFrom" | "effectiveUntil">, today: IsoDate): boolean {
  if (source.effectiveFrom && today < source.effectiveFrom) return false;
  if (source.effectiveUntil && today > source.effectiveUntil) return false;
  return true;
}
