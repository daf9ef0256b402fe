/**
 * Reads the `.ics` files the app writes with ical.js, an independent RFC 5545 parser,
 * so the tests do not check our writer with a reader of our own. ical.js is lenient
 * about framing (it accepts bare LF and long lines), so the two framing rules calendar
 * apps do rely on are checked here separately. Test-only: nothing in the app imports it.
 */
import ICAL from "ical.js";

export type Calendar = InstanceType<typeof ICAL.Component>;

/** Parses a whole file into its VCALENDAR component; throws when ical.js cannot read it. */
export function readCalendar(text: string): Calendar {
  return new ICAL.Component(ICAL.parse(text) as unknown[]);
}

/** CRLF line endings only (RFC 5545 §3.1), and no physical line over 75 octets. */
export function framingProblems(text: string): string[] {
  const problems: string[] = [];
  if (!text.endsWith("\r\n")) problems.push("file does not end with CRLF");
  const lines = text.replace(/\r\n$/, "").split("\r\n");
  const encoder = new TextEncoder();
  for (const [i, line] of lines.entries()) {
    if (/[\r\n]/.test(line)) problems.push(`bare line break on line ${i + 1}`);
    if (encoder.encode(line).length > 75) problems.push(`line ${i + 1} is longer than 75 octets`);
  }
  return problems;
}

/** A property's value as text: dates as YYYY-MM-DD, durations as -PT15H, text unescaped. */
export function valueOf(component: Calendar, name: string): string | undefined {
  const value: unknown = component.getFirstPropertyValue(name);
  return value === null || value === undefined ? undefined : String(value);
}

export function events(calendar: Calendar): Calendar[] {
  return calendar.getAllSubcomponents("vevent");
}
