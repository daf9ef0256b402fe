"use client";
import { useMemo } from "react";
import { useEngineContent } from "@/components/hooks/use-engine-content";
import { useLocationHash } from "@/components/hooks/use-location-hash";
import { useScriptSwitchFragment } from "@/components/hooks/use-script-switch-fragment";
import { useToday } from "@/components/hooks/use-today";
import type { EngineContent } from "@/lib/content/client-content";
import type { IsoDate } from "@/lib/dates/iso-date";
import { parseSituation, type SituationResult } from "@/lib/situation/parse-situation";
import { readFragment, type LinkProblem } from "@/lib/situation/share-link";

/**
 * Where a page computed from the person's answers stands, in the order the pages check it:
 * - "waiting": not hydrated yet (no fragment or date read), or the content has not arrived;
 * - "no-answers": the fragment holds nothing;
 * - "bad-link": the answers do not make a situation (`errors`; `valid` keeps what was sound);
 * - "content-failed": /content.json did not load (`retry` tries again);
 * - "ready": the situation, today, the content and its sources' titles; `problems` are
 *   parts of the link that were ignored.
 */
export type AnswersOnDevice =
  | { step: "waiting" }
  | { step: "no-answers" }
  | ({ step: "bad-link"; hash: string; problems: LinkProblem[] } & Extract<SituationResult, { ok: false }>)
  | { step: "content-failed"; retry: () => void }
  | ({ step: "ready"; today: IsoDate; content: EngineContent; titles: Map<string, string>; problems: LinkProblem[] } & Extract<SituationResult, { ok: true }>);

const WAITING: AnswersOnDevice = { step: "waiting" };

/**
 * The one flow of /timeline and /plan, all on the device: the fragment that holds the
 * answers, today's date, and the engine's content (/content.json) with its sources'
 * titles by id. It also keeps the 繁/简 link's fragment in step with the answers.
 */
export function useAnswersOnDevice(): AnswersOnDevice {
  useScriptSwitchFragment();
  const hash = useLocationHash();
  const today = useToday();
  const engine = useEngineContent();
  const content = engine.status === "ready" ? engine.content : null;
  const titles = useMemo(() => new Map(content?.sources.map((s) => [s.id, s.title])), [content]);
  if (hash === null || today === null) return WAITING;
  const { raw, problems } = readFragment(hash);
  if (Object.keys(raw).length === 0 && problems.length === 0) return { step: "no-answers" };
  const result = parseSituation(raw, today);
  if (!result.ok) return { ...result, step: "bad-link", hash, problems };
  if (engine.status === "failed") return { step: "content-failed", retry: engine.retry };
  return content ? { ...result, step: "ready", today, content, titles, problems } : WAITING;
}
