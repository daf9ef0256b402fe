"use client";
import { useSyncExternalStore } from "react";
import type { EngineContent } from "@/lib/content/client-content";
import { CONTENT_JSON_URL } from "@/lib/static-urls";

type State = { status: "loading" } | { status: "ready"; content: EngineContent } | { status: "failed" };

let state: State = { status: "loading" };
let started = false;
const listeners = new Set<() => void>();

function set(next: State) {
  state = next;
  for (const listener of listeners) listener();
}

function load() {
  started = true;
  set({ status: "loading" });
  fetch(CONTENT_JSON_URL)
    .then((response) => (response.ok ? (response.json() as Promise<EngineContent>) : Promise.reject(new Error(String(response.status)))))
    .then((content) => set({ status: "ready", content }))
    .catch(() => set({ status: "failed" }));
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!started) load();
  return () => listeners.delete(listener);
}

const SERVER_STATE: State = { status: "loading" };

/** The content, fetched once per page load and shared by every component that asks. */
export function useEngineContent(): State & { retry: () => void } {
  const current = useSyncExternalStore(subscribe, () => state, () => SERVER_STATE);
  return { ...current, retry: load };
}
