"use client";
import { useMemo } from "react";
import { useEngineContent } from "@/components/hooks/use-engine-content";
import { useLocationHash } from "@/components/hooks/use-location-hash";
import { useScriptSwitchFragment } from "@/components/hooks/use-script-switch-fragment";
import { useToday } from "@/components/hooks/use-today";

/**
 * What a page computed from the person's answers (/timeline, /plan) works from, all on
 * the device: the fragment that holds the answers, today's date, and the engine's
 * content (/content.json) with its sources' titles by id. It also keeps the 繁/简 link's
 * fragment in step with the answers. `hash` and `today` are null until the page has
 * hydrated; `content` is null until the content has arrived (`engine` says whether it failed).
 */
export function useAnswersOnDevice() {
  useScriptSwitchFragment();
  const hash = useLocationHash();
  const today = useToday();
  const engine = useEngineContent();
  const content = engine.status === "ready" ? engine.content : null;
  const titles = useMemo(() => new Map(content?.sources.map((s) => [s.id, s.title])), [content]);
  return { hash, today, engine, content, titles };
}
