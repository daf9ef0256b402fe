/**
 * Prints the likelihood word each event gets in the situations issue 16 audited
 * (today = 2026-12-02), one row per situation: run it before and after a change to
 * the scale or the content and compare. `npx tsx tools/likelihood-table.ts`
 */
import { loadContent } from "@/content";
import { assess } from "@/lib/engine/assess";
import { LIKELIHOOD_LABELS } from "@/lib/format/labels";
import { parseSituation } from "@/lib/situation/parse-situation";
import type { RawAnswers } from "@/lib/situation/situation-schema";

const content = loadContent();

const TODAY = "2026-12-02";

const SITUATIONS: { name: string; raw: RawAnswers }[] = [
  ...[20, 45, 75].flatMap((days) => [
    { name: `silent ${days}d 20000 repeated`, raw: { days: String(days), amount: "20000", history: "repeated", contact: "silent" } },
    { name: `unreachable ${days}d 20000 occasional`, raw: { days: String(days), amount: "20000", history: "occasional", contact: "unreachable" } },
  ]),
  { name: "silent 8d 20000 repeated", raw: { days: "8", amount: "20000", history: "repeated", contact: "silent" } },
  { name: "negotiating 20d 8600 occasional", raw: { days: "20", amount: "8600", history: "occasional", contact: "negotiating" } },
  { name: "negotiating 75d 20000 occasional", raw: { days: "75", amount: "20000", history: "occasional", contact: "negotiating" } },
  { name: "answering 9d 8600 occasional guarantor unsure", raw: { days: "9", amount: "8600", history: "occasional", contact: "answering", guarantor: "unsure" } },
  { name: "answering 20d 8600 occasional", raw: { days: "20", amount: "8600", history: "occasional", contact: "answering" } },
];

const SHORT: Record<string, string> = {
  "app-sms-reminders": "提醒",
  "borrower-calls": "本人电话",
  "co-borrower-contacted": "共同借款人",
  "emergency-contact-called": "紧急联系人",
  "family-contacted": "家人",
  "friends-colleagues-contacted": "朋友同事",
  "agency-takes-over": "第三方催收",
  "lawyer-letter": "律师函",
  "home-visit": "上门",
  lawsuit: "起诉",
};

for (const { name, raw } of SITUATIONS) {
  const parsed = parseSituation({ product: "jiebei", ...raw }, TODAY);
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.errors)}`);
  const a = assess(parsed.situation, TODAY, content);
  // Written to run on the engine before and after issue 16, whose events differ in shape.
  const labelOf = (e: { likelihood: unknown; dependsOn?: unknown }) => {
    const label = (LIKELIHOOD_LABELS as Record<string, string>)[String(e.likelihood)] ?? String(e.likelihood);
    return e.dependsOn ? `要看情况(如是:${label})` : label;
  };
  const cells = a.events.map((e) => `${SHORT[e.id] ?? e.id}=${labelOf(e)}`);
  console.log(`${name.padEnd(48)} ${cells.join(" ")}`);
}
