/** The figures a review, an evidence sheet and a complaint state: all counted from the log, none typed. */
import type { IsoDate } from "@/lib/dates/iso-date";
import type { Finding } from "@/lib/call-log/check";
import type { Entry } from "@/lib/call-log/entry";
import { dayOf } from "@/lib/call-log/local-time";
import { isThirdParty, type LogChannel } from "@/lib/schema/call-log";

export type RuleTally = { rule: string; findings: number; entries: number; days: number };

export type LogSummary = {
  entries: number;
  /** Contacts, counting an entry's `count`. */
  contacts: number;
  days: number;
  firstDay: IsoDate | null;
  lastDay: IsoDate | null;
  /** Contacts to someone other than the borrower. */
  thirdPartyContacts: number;
  byChannel: Partial<Record<LogChannel, number>>;
  /** Entries named by at least one finding. */
  entriesWithFinding: number;
  daysWithFinding: number;
  /** Per rule, in the order the rules are given. */
  byRule: RuleTally[];
};

export function summarize(entries: readonly Entry[], findings: readonly Finding[], ruleOrder: readonly string[]): LogSummary {
  const days = new Set<IsoDate>();
  const byChannel: Partial<Record<LogChannel, number>> = {};
  let contacts = 0;
  let thirdPartyContacts = 0;
  for (const e of entries) {
    days.add(dayOf(e.at));
    contacts += e.count;
    if (isThirdParty(e.contacted)) thirdPartyContacts += e.count;
    byChannel[e.channel] = (byChannel[e.channel] ?? 0) + e.count;
  }
  const sortedDays = [...days].sort();
  const flaggedEntries = new Set<string>();
  const flaggedDays = new Set<IsoDate>();
  const perRule = new Map<string, { findings: number; entries: Set<string>; days: Set<IsoDate> }>();
  for (const f of findings) {
    flaggedDays.add(f.day);
    const tally = perRule.get(f.rule) ?? { findings: 0, entries: new Set<string>(), days: new Set<IsoDate>() };
    tally.findings += 1;
    tally.days.add(f.day);
    for (const id of f.entryIds) {
      tally.entries.add(id);
      flaggedEntries.add(id);
    }
    perRule.set(f.rule, tally);
  }
  return {
    entries: entries.length,
    contacts,
    days: days.size,
    firstDay: sortedDays[0] ?? null,
    lastDay: sortedDays[sortedDays.length - 1] ?? null,
    thirdPartyContacts,
    byChannel,
    entriesWithFinding: flaggedEntries.size,
    daysWithFinding: flaggedDays.size,
    byRule: ruleOrder.flatMap((rule) => {
      const t = perRule.get(rule);
      return t ? [{ rule, findings: t.findings, entries: t.entries.size, days: t.days.size }] : [];
    }),
  };
}
