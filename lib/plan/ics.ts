/**
 * An iCalendar file (RFC 5545) with the plan's dated steps as all-day events and two
 * reminders each: 09:00 the day before and 09:00 on the day. CRLF line endings, lines
 * folded at 75 octets without splitting a UTF-8 character, TEXT values escaped.
 */
import { addDaysToIsoDate, type IsoDate } from "@/lib/dates/iso-date";
import type { PlanStep } from "@/lib/plan/plan";

const CRLF = "\r\n";
const MAX_OCTETS = 75;
const PRODID = "-//yuqi-mingbai//action-plan 1.0//ZH";
const encoder = new TextEncoder();

/** Backslash, semicolon, comma and newlines, as RFC 5545 §3.3.11 requires. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
}

/** Splits a content line into physical lines of at most 75 octets (§3.1). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = out.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1; // continuation lines start with a space
    if (octets + size > limit) {
      out.push(current);
      current = "";
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

const compact = (iso: IsoDate) => iso.replace(/-/g, "");

/** FNV-1a, 32 bits: a stable, short fingerprint for UIDs (not for security). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of encoder.encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

export type CalendarInput = {
  steps: PlanStep[];
  today: IsoDate;
  /** What makes this plan this user's (product and due date): keeps UIDs stable across downloads. */
  planKey: string;
  /** Added to every event's description. */
  footer: string;
};

/**
 * A UID per step and plan, so downloading again after changing a date updates the
 * event in the calendar instead of adding a second one.
 */
export function uidFor(stepId: string, planKey: string): string {
  return `${stepId}-${fnv1a(planKey)}@yuqi-mingbai.plan`;
}

/** @example buildIcs({ steps, today: "2026-11-22", planKey: "jiebei|2026-11-02", footer: "" }) // "BEGIN:VCALENDAR\r\n…" */
export function buildIcs({ steps, today, planKey, footer }: CalendarInput): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:${PRODID}`, "CALSCALE:GREGORIAN", "METHOD:PUBLISH", `X-WR-CALNAME:${escapeText("逾期明白·我的计划")}`];
  for (const step of steps) {
    if (!step.remind || !step.date) continue;
    const description = escapeText(footer ? `${step.detail}\n\n${footer}` : step.detail);
    const summary = escapeText(step.title);
    lines.push(
      "BEGIN:VEVENT",
      `UID:${uidFor(step.id, planKey)}`,
      // The plan is made from `today`; a fixed stamp keeps the file reproducible.
      `DTSTAMP:${compact(today)}T000000Z`,
      `DTSTART;VALUE=DATE:${compact(step.date)}`,
      `DTEND;VALUE=DATE:${compact(addDaysToIsoDate(step.date, 1))}`,
      `SUMMARY:${summary}`,
      `DESCRIPTION:${description}`,
      "TRANSP:TRANSPARENT",
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      `DESCRIPTION:${escapeText(`明天：${step.title}`)}`,
      "TRIGGER;RELATED=START:-PT15H",
      "END:VALARM",
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      `DESCRIPTION:${summary}`,
      "TRIGGER;RELATED=START:PT9H",
      "END:VALARM",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join(CRLF) + CRLF;
}
