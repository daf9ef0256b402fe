/**
 * Two texts written from the contact's own answers: the message to send the borrower
 * (naming who called, as she said) and what to say when complaining (only what she
 * answered: a call inside the allowed hours is not described as a night call). Pure and
 * small, because it runs in the browser; the wording comes from content/emergency-contact-replies.ts
 * through the answer texts the page fetches.
 */
import type { CallAnswers } from "@/lib/schema/emergency-contact-answers";
import type { CallTextParts } from "@/lib/schema/emergency-contact";

export type { CallTextParts };

export type CallTexts = { message: string; complaint: string };

/**
 * @example callTexts({ caller: "law-firm", calls: 3, said: ["debt"] }, parts).message
 * // "跟你说一声：今天有自称律师事务所的人打电话给我……"
 */
export function callTexts(a: CallAnswers, p: CallTextParts): CallTexts {
  const who = p.who[a.caller ?? "unknown"];
  const c = p.complaint;
  const lines = [
    c.opening,
    c.call.replace("{who}", who),
    a.calls ? c.count.replace("{n}", String(a.calls)) : "",
    a.time === "night" ? c.night : "",
    ...(a.said ?? []).map((s) => c.said[s]),
    a.refused ? (c.refused[a.refused] ?? "") : "",
    a.found ? (c.found[a.found] ?? "") : "",
    c.ask,
  ];
  return { message: p.message.replace("{who}", who), complaint: lines.filter(Boolean).join("") };
}
