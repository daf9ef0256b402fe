"use client";
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** True once React runs in the browser: before that, nothing on the page can compute or store anything. */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}
