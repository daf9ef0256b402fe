/**
 * The static files the browser fetches, each named once: the pages that preload them,
 * the hooks that fetch them and the routes that write them agree through these.
 * (The route files themselves live at app/content.json/route.ts and
 * app/emergency-contact/answers.json/route.ts; a folder name cannot be a constant.)
 * Each carries this build's base path (/zh-Hant on the Traditional site).
 */

import { sitePath } from "@/lib/script/site-script";

/** The engine's validated content, prerendered (app/content.json/route.ts); /timeline and /plan fetch it. */
export const CONTENT_JSON_URL = sitePath("/content.json");

/** The emergency contact's answer texts (app/emergency-contact/answers.json/route.ts); the questionnaire fetches them. */
export const ANSWER_TEXTS_URL = sitePath("/emergency-contact/answers.json");
