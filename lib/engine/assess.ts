/** The engine with the bundled content: for server components, scripts and tests. */
import { content as bundledContent } from "@/lib/content";
import type { EngineContent } from "@/lib/content/client-content";
import type { IsoDate } from "@/lib/dates/iso-date";
import { assessWithContent } from "@/lib/engine/assess-with-content";
import type { Assessment } from "@/lib/engine/types";
import type { Situation } from "@/lib/situation/parse-situation";

/** @example assess(situation, "2026-11-22").stage.id // "contacts" for a borrower 20 days late */
export function assess(situation: Situation, today: IsoDate, content: EngineContent = bundledContent): Assessment {
  return assessWithContent(situation, today, content);
}
