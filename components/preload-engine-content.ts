import { preload } from "react-dom";
import { CONTENT_JSON_URL } from "@/lib/static-urls";

/**
 * For the pages that run the engine (/timeline, /plan): the page head asks for
 * `/content.json` with the HTML, so it downloads in parallel with the scripts, and the
 * fetch in use-engine-content.ts finds it already on its way.
 */
export function preloadEngineContent(): void {
  preload(CONTENT_JSON_URL, { as: "fetch", crossOrigin: "anonymous" });
}
