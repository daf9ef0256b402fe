/**
 * Checks a 来电记录 against the collection rules in force on each entry's day. Pure: the
 * entries, the rules and the sources' dates are arguments, and nothing reads a clock.
 *
 * A finding means "这条（这天）的联系可能不符合某条规则", never "违法": the rules are
 * partly industry guidelines and our reading of a person's own notes.
 *
 * Guarantees (tests/unit and the property tests next to this file):
 * - the order of the entries never changes the findings (they are sorted here);
 * - adding an entry never removes a finding (every check only grows with the log);
 * - a rule is applied to an entry only on days when at least one source it cites is in
 *   force, and a finding cites only the sources in force on its day.
 */
import type { CallLogCheck, CallLogRule, Citation } from "@/lib/schema/content";
import type { IsoDate } from "@/lib/dates/iso-date";
import type { Entry } from "@/lib/call-log/entry";
import { dayOf, daysBefore, hourOf } from "@/lib/call-log/local-time";
import { isThirdParty } from "@/lib/schema/call-log";
import { citationsInForce, type SourceDates } from "@/lib/engine/in-force";

export type Finding = {
  /** The call-log rule (content/call-log-rules.ts). */
  rule: string;
  day: IsoDate;
  /**
   * What the finding is about within the day: an entry id; or, for a daily limit, what
   * was counted together (see `countSubject`).
   */
  subject: string;
  /** The entries behind it, in time order. */
  entryIds: string[];
  /** For a daily limit, how many contacts were counted; otherwise null. */
  counted: number | null;
  /** The rule's sources that are in force on `day` (never empty). */
  citations: Citation[];
};

export function findingKey(f: Pick<Finding, "rule" | "day" | "subject">): string {
  return `${f.rule}|${f.day}|${f.subject}`;
}

const byTime = (a: Entry, b: Entry) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function inQuietHours(hour: number, fromHour: number, untilHour: number): boolean {
  return fromHour > untilHour ? hour >= fromHour || hour < untilHour : hour >= fromHour && hour < untilHour;
}

/** How many of the sorted times are strictly before `at`, by binary search. */
function countBefore(sortedTimes: readonly string[], at: string): number {
  let lo = 0;
  let hi = sortedTimes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sortedTimes[mid] as string) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The latest `at` among sorted times that is strictly before `at`. */
function latestBefore(sortedTimes: readonly string[], at: string): string | null {
  const n = countBefore(sortedTimes, at);
  return n === 0 ? null : (sortedTimes[n - 1] as string);
}

/** The number of calls to the borrower that went unanswered before `at`, from running totals. */
function attemptsBefore(times: readonly string[], totals: readonly number[], at: string): number {
  const n = countBefore(times, at);
  return n === 0 ? 0 : (totals[n - 1] as number);
}

/**
 * What a daily limit "to one number" counts together. With the number called recorded,
 * that number. Without it: the borrower's calls as one number (the form asks for the
 * number when the person has more than one), the emergency contact's as one (the person
 * keeping the log, or the one contact); family, friends and others may be several people
 * with several phones, so each such entry counts alone. `finding-text.ts` says which.
 */
export function countSubject(e: Pick<Entry, "id" | "contacted" | "calledNumber">): string {
  if (e.calledNumber !== "") return `number:${e.calledNumber}`;
  if (e.contacted === "debtor" || e.contacted === "emergency-contact") return e.contacted;
  return `entry:${e.id}`;
}

type Raw = Omit<Finding, "citations">;
/** An entry with its day and hour read once, not once per rule. */
type Dated = { e: Entry; day: IsoDate; hour: number };

/** The borrower's answered calls, and the running total of unanswered attempts to the borrower, in time order. */
type Reach = { answeredTimes: readonly string[]; missedTimes: readonly string[]; missedTotals: readonly number[] };

function findRaw(check: CallLogCheck, ruleId: string, entries: readonly Dated[], reach: Reach): Raw[] {
  const out: Raw[] = [];
  switch (check.kind) {
    case "quiet-hours":
      for (const { e, day, hour } of entries) {
        const atDoor = e.channel === "visit" || e.flags.includes("came-to-door");
        const channelMatches = check.channels.includes(e.channel) || (atDoor && check.channels.includes("visit"));
        if (channelMatches && inQuietHours(hour, check.fromHour, check.untilHour)) {
          out.push({ rule: ruleId, day, subject: e.id, entryIds: [e.id], counted: null });
        }
      }
      return out;
    case "daily-limit": {
      const groups = new Map<string, { day: IsoDate; subject: string; ids: string[]; counted: number }>();
      for (const { e, day } of entries) {
        if (!check.channels.includes(e.channel)) continue;
        if (check.to === "debtor" && e.contacted !== "debtor") continue;
        const subject = check.to === "debtor" ? "debtor" : countSubject(e);
        const key = `${day}|${subject}`;
        const group = groups.get(key) ?? { day, subject, ids: [], counted: 0 };
        group.ids.push(e.id);
        group.counted += e.count;
        groups.set(key, group);
      }
      for (const g of groups.values()) {
        if (g.counted > check.max) out.push({ rule: ruleId, day: g.day, subject: g.subject, entryIds: g.ids, counted: g.counted });
      }
      return out;
    }
    case "third-party-while-reachable":
      for (const { e, day } of entries) {
        if (!isThirdParty(e.contacted)) continue;
        const answered = latestBefore(reach.answeredTimes, e.at);
        if (answered === null || dayOf(answered) < daysBefore(day, check.withinDays)) continue;
        // Out of contact also after this many unanswered calls since the last answer.
        const missedSince = attemptsBefore(reach.missedTimes, reach.missedTotals, e.at) - attemptsBefore(reach.missedTimes, reach.missedTotals, answered);
        if (missedSince < check.unreachableAttempts) out.push({ rule: ruleId, day, subject: e.id, entryIds: [e.id], counted: null });
      }
      return out;
    case "visit-people":
      for (const { e, day } of entries) {
        const atDoor = e.channel === "visit" || e.flags.includes("came-to-door");
        if (atDoor && e.visitors !== null && e.visitors < check.minPeople) {
          out.push({ rule: ruleId, day, subject: e.id, entryIds: [e.id], counted: e.visitors });
        }
      }
      return out;
    case "flag":
      for (const { e, day } of entries) {
        if (e.flags.length === 0) continue;
        if (check.to === "third-party" && !isThirdParty(e.contacted)) continue;
        if (check.flags.some((f) => e.flags.includes(f))) {
          out.push({ rule: ruleId, day, subject: e.id, entryIds: [e.id], counted: null });
        }
      }
      return out;
  }
}

/**
 * Every finding for the log: by day, then in the rules' order, then in time order of
 * the entries (ties by id). Entries are sorted first, so the order they were typed in
 * never shows. An entry whose day no source of a rule covers is left out of that rule's
 * check before anything is counted, so a limit never counts contacts the rule did not cover.
 */
export function checkLog(entries: readonly Entry[], rules: readonly CallLogRule[], sources: readonly SourceDates[]): Finding[] {
  const sorted: Dated[] = [...entries].sort(byTime).map((e) => ({ e, day: dayOf(e.at), hour: hourOf(e.at) }));
  const answeredTimes = sorted.filter(({ e }) => e.channel === "call-answered" && e.contacted === "debtor").map(({ e }) => e.at);
  const missed = sorted.filter(({ e }) => e.channel === "call-missed" && e.contacted === "debtor");
  let total = 0;
  const reach: Reach = { answeredTimes, missedTimes: missed.map(({ e }) => e.at), missedTotals: missed.map(({ e }) => (total += e.count)) };
  // Buckets per day, filled rule by rule: no sort of the findings is needed (a long log
  // has tens of thousands of them).
  const byDay = new Map<IsoDate, Finding[]>();
  for (const d of sorted) if (!byDay.has(d.day)) byDay.set(d.day, []);
  for (const rule of rules) {
    const citationsByDay = new Map<IsoDate, Citation[]>();
    const citationsOn = (day: IsoDate) => {
      let c = citationsByDay.get(day);
      if (!c) citationsByDay.set(day, (c = citationsInForce(rule.citations, day, sources)));
      return c;
    };
    // Usually every day of a log is covered: then the entries are used as they are, not copied.
    const allCovered = [...byDay.keys()].every((day) => citationsOn(day).length > 0);
    const covered = allCovered ? sorted : sorted.filter((d) => citationsOn(d.day).length > 0);
    for (const raw of findRaw(rule.check, rule.id, covered, reach)) {
      (byDay.get(raw.day) as Finding[]).push({ rule: raw.rule, day: raw.day, subject: raw.subject, entryIds: raw.entryIds, counted: raw.counted, citations: citationsOn(raw.day) });
    }
  }
  return [...byDay.values()].flat();
}
