// Constants the build writes into the shipped scripts (esbuild `define`), so their
// sources can name them: build/steps/worker-registration.mjs for these two, and
// build/service-worker/workers.mjs for the worker's own (declared in sw.ts).

/** The update bar's URL (UPDATE_NOTICE_PATH in build/site/own-scripts.cjs), imported by browser/register.js. */
declare const UPDATE_NOTICE_PATH: string;

/** The update bar's words in both scripts (browser/update-notice-texts.json and its Traditional conversion). */
declare const NOTICE_TEXTS: Record<"hans" | "hant", { updated: string; refresh: string; later: string; updatedElsewhere: string }>;
