/**
 * A first entry carried in a link's fragment (never sent to a server): the one-call
 * questionnaire on /emergency-contact links here with its answers, and the form opens
 * filled in. Nothing is saved by following the link; the person still presses 保存.
 *
 * `/call-log#role=contact&caller=agency&time=night&calls=3&said=debt,threat,visit&refused=ignored`
 */
import type { CallAnswers } from "@/lib/schema/emergency-contact-answers";
import type { Role } from "@/lib/call-log/log-format";
import type { Caller, Flag } from "@/lib/schema/call-log";

export type Prefill = {
  role: Role | null;
  caller: Caller | null;
  /** The questionnaire only knows "at night"; the form then asks for the exact time. */
  atNight: boolean;
  /** How many calls she counted (1–99), or null. */
  count: number | null;
  flags: Flag[];
};

/** Each questionnaire answer to the one box it means: 上门 (「上门了」) and 法院/公安 are separate. */
const SAID_FLAGS: Record<string, Flag> = {
  debt: "disclosed-debt",
  threat: "threatened",
  impersonate: "impersonated-authority",
  pay: "asked-others-to-pay",
  visit: "came-to-door",
};
/** A law firm is one of 「催收公司或律所」. */
const CALLER_OF: Record<string, Caller> = { platform: "platform", agency: "agency", "law-firm": "agency", unsure: "unknown" };
const MAX_PREFILL_COUNT = 99;

export function callLogLinkFor(answers: CallAnswers): string {
  const p = new URLSearchParams({ role: "contact" });
  if (answers.caller) p.set("caller", answers.caller);
  if (answers.time) p.set("time", answers.time);
  if (answers.calls) p.set("calls", String(answers.calls));
  if (answers.said && answers.said.length > 0) p.set("said", answers.said.join(","));
  if (answers.refused) p.set("refused", answers.refused);
  return `/call-log#${p.toString()}`;
}

/** Unknown keys and values are ignored: a link can only preselect choices the form offers. */
export function readPrefill(fragment: string): Prefill | null {
  const p = new URLSearchParams(fragment.replace(/^#/, ""));
  if ([...p.keys()].length === 0) return null;
  const role = p.get("role");
  const flags = new Set<Flag>();
  for (const said of (p.get("said") ?? "").split(",")) {
    const flag = SAID_FLAGS[said];
    if (flag) flags.add(flag);
  }
  if (p.get("refused") === "ignored") flags.add("continued-after-stop");
  const calls = /^\d{1,3}$/.test(p.get("calls") ?? "") ? Number(p.get("calls")) : 0;
  return {
    role: role === "contact" || role === "borrower" ? role : null,
    caller: CALLER_OF[p.get("caller") ?? ""] ?? null,
    atNight: p.get("time") === "night",
    count: calls >= 1 ? Math.min(calls, MAX_PREFILL_COUNT) : null,
    flags: [...flags],
  };
}
