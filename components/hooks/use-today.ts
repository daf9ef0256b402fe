"use client";
import { useSyncExternalStore } from "react";
import { localToday, type IsoDate } from "@/lib/dates/iso-date";

const noSubscription = () => () => {};

/**
 * Today's date on this device, the one input the engine takes from the clock.
 * `null` on the server: a prerendered page cannot know the reader's today.
 */
export function useToday(): IsoDate | null {
  return useSyncExternalStore(
    noSubscription,
    () => localToday(new Date()),
    () => null,
  );
}
