/**
 * The product's knowledge as plain typed data, safe to import in the browser.
 * `loadContent` (lib/content/load-content.ts) validates the same data with zod at
 * build and test time.
 */
import { advice } from "@/content/advice";
import { collectionRules } from "@/content/collection-rules";
import { consequences } from "@/content/consequences";
import { events } from "@/content/events";
import { factors } from "@/content/factors";
import { sources } from "@/content/sources";
import { stages } from "@/content/stages";
import type { Advice, CollectionRule, Consequence, EventRule, Factor, Source, Stage } from "@/lib/content/schema";

export type Content = {
  sources: Source[];
  stages: Stage[];
  events: EventRule[];
  factors: Factor[];
  consequences: Consequence[];
  advice: Advice[];
  collectionRules: CollectionRule[];
};

export const content: Content = { sources, stages, events, factors, consequences, advice, collectionRules };
