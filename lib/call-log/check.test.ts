import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { callLogRules } from "@/content/call-log-rules";
import { complaintLadder } from "@/content/complaint-ladder";
import { callLogComplaints } from "@/content/templates/call-log-complaints";
import { checkLog, findingKey, type Finding } from "@/lib/call-log/check";
import { findingLine, findingReason } from "@/lib/call-log/finding-text";
import { ruleBookOf } from "@/lib/call-log/rule-book";
import type { Entry } from "@/lib/call-log/entry";
import { dayOf } from "@/lib/call-log/local-time";
import { CALLERS, CHANNELS, CONTACTED, FLAGS } from "@/lib/schema/call-log";
import { content } from "@/content";
import { isInForce } from "@/lib/engine/in-force";
import { logEntry } from "@/tests/unit/fixtures/call-log-entries";

const sources = content.sources;
const rules = callLogRules;
const book = ruleBookOf(callLogRules, content.sources, callLogComplaints, complaintLadder);

let n = 0;
function entry(at: string, over: Partial<Entry> = {}): Entry {
  n += 1;
  return logEntry(`e-${String(n).padStart(6, "0")}`, at, { callerName: "", from: "02100000000", ...over });
}

const rulesOf = (findings: readonly Finding[]) => findings.map((f) => f.rule);

describe("checkLog: examples", () => {
  it("an empty log has no findings", () => {
    expect(checkLog([], rules, sources)).toEqual([]);
  });

  it("a call at 22:00 and one at 07:59 fall in the quiet hours; 08:00 and 21:59 do not", () => {
    const e = [entry("2026-03-02T22:00"), entry("2026-03-03T07:59"), entry("2026-03-03T08:00"), entry("2026-03-03T21:59")];
    const f = checkLog(e, rules, sources).filter((x) => x.rule === "quiet-hours");
    expect(f.map((x) => x.entryIds[0])).toEqual([e[0]?.id, e[1]?.id]);
  });

  it("a letter or an SMS at night is not a call or a visit", () => {
    const f = checkLog([entry("2026-03-02T23:00", { channel: "sms" }), entry("2026-03-02T23:30", { channel: "letter" })], rules, sources);
    expect(f).toEqual([]);
  });

  it("4 connected calls to the borrower in a day exceed 3; 3 do not", () => {
    const three = [1, 2, 3].map((h) => entry(`2026-03-02T1${h}:00`, { channel: "call-answered" }));
    expect(rulesOf(checkLog(three, rules, sources))).not.toContain("connected-calls-per-day");
    const four = [...three, entry("2026-03-02T15:00", { channel: "call-answered" })];
    const f = checkLog(four, rules, sources).find((x) => x.rule === "connected-calls-per-day");
    expect(f?.counted).toBe(4);
    expect(f?.entryIds).toHaveLength(4);
  });

  it("counts an entry's count: one entry of 7 missed calls exceeds 6", () => {
    const f = checkLog([entry("2026-03-02T10:00", { count: 7 })], rules, sources);
    expect(f.map((x) => [x.rule, x.counted])).toEqual([["unanswered-calls-per-day", 7]]);
  });

  it("missed calls are counted per person contacted", () => {
    const e = [entry("2026-03-02T10:00", { count: 4 }), entry("2026-03-02T11:00", { count: 4, contacted: "family" })];
    expect(checkLog(e, rules, sources)).toEqual([]);
  });

  it("a rule is not applied before its source is in force: 7 missed calls in 2025 (bank guideline from 2026-01-30)", () => {
    expect(checkLog([entry("2025-06-01T10:00", { count: 7 })], rules, sources)).toEqual([]);
    expect(checkLog([entry("2026-01-29T10:00", { count: 7 })], rules, sources)).toEqual([]);
    expect(rulesOf(checkLog([entry("2026-01-30T10:00", { count: 7 })], rules, sources))).toEqual(["unanswered-calls-per-day"]);
  });

  it("quiet hours in mid-2025 cite only the national standard, in 2026 both", () => {
    const [a] = checkLog([entry("2025-06-01T23:00")], rules, sources);
    expect(a?.citations.map((c) => c.source)).toEqual(["std-gbt-45251-2025"]);
    const [b] = checkLog([entry("2026-06-01T23:00")], rules, sources);
    expect(b?.citations.map((c) => c.source)).toEqual(["std-gbt-45251-2025", "guideline-cba-collection-2026"]);
    expect(checkLog([entry("2025-02-27T23:00")], rules, sources)).toEqual([]);
  });

  it("threats before 2026 still rest on the Civil Code and the 2012 penalties law; the 2025 text only from 2026", () => {
    const [a] = checkLog([entry("2025-06-01T10:00", { flags: ["threatened"] })], rules, sources);
    expect(a?.citations.map((c) => c.source)).toEqual(["law-civil-code-personality", "law-public-security-penalties-2012"]);
    const [b] = checkLog([entry("2026-06-01T10:00", { flags: ["threatened"] })], rules, sources);
    expect(b?.citations.map((c) => c.source)).toEqual(["guideline-cba-collection-2026", "law-civil-code-personality", "law-public-security-penalties-2025"]);
  });

  it("a relative called within 3 days after the borrower answered is flagged; after 4 days it is not", () => {
    const answered = entry("2026-03-02T10:00", { channel: "call-answered" });
    const soon = entry("2026-03-05T09:00", { contacted: "family" });
    const later = entry("2026-03-06T09:00", { contacted: "family" });
    const f = checkLog([answered, soon, later], rules, sources).filter((x) => x.rule === "third-party-while-reachable");
    expect(f.map((x) => x.entryIds[0])).toEqual([soon.id]);
  });

  it("a visit at night breaks the quiet hours; a ticked 「上门了」 counts as a visit", () => {
    const f = checkLog([entry("2026-03-02T23:00", { channel: "sms", flags: ["came-to-door"] })], rules, sources);
    expect(rulesOf(f)).toEqual(["quiet-hours"]);
  });

  it("each ticked box maps to its rule", () => {
    const f = checkLog([entry("2026-03-02T10:00", { contacted: "family", flags: ["disclosed-debt", "impersonated-authority", "asked-fees", "continued-after-stop"] })], rules, sources);
    expect(rulesOf(f)).toEqual(["no-debt-disclosure", "stop-when-refused", "no-impersonation", "no-extra-fees"]);
  });
});

describe("checkLog: rules as written", () => {
  it("unanswered attempts are counted per number called: 4 to one number and 3 to another are not 7", () => {
    const two = [entry("2026-03-02T10:00", { count: 4, contacted: "family", calledNumber: "13900000001" }), entry("2026-03-02T11:00", { count: 3, contacted: "family", calledNumber: "13900000002" })];
    expect(rulesOf(checkLog(two, rules, sources))).not.toContain("unanswered-calls-per-day");
    const one = [two[0] as Entry, { ...(two[1] as Entry), calledNumber: "13900000001" }];
    const f = checkLog(one, rules, sources).find((x) => x.rule === "unanswered-calls-per-day");
    expect(f?.subject).toBe("number:13900000001");
    expect(f?.counted).toBe(7);
  });

  it("without the number called: family entries count alone; the borrower's and the emergency contact's are summed, and the text says how", () => {
    const family = [entry("2026-03-02T10:00", { count: 4, contacted: "family" }), entry("2026-03-02T11:00", { count: 3, contacted: "family" })];
    expect(rulesOf(checkLog(family, rules, sources))).not.toContain("unanswered-calls-per-day");
    const contact = family.map((e) => ({ ...e, contacted: "emergency-contact" as const }));
    const f = checkLog(contact, rules, sources).find((x) => x.rule === "unanswered-calls-per-day");
    expect(f?.counted).toBe(7);
    const rule = rules.find((r) => r.id === "unanswered-calls-per-day");
    expect(f && rule ? findingReason(f, rule) : "").toContain("没有记下打的是哪个号码");
  });

  it("seven identical missed calls (「同一号码又来了」) are seven", () => {
    const seven = Array.from({ length: 7 }, () => entry("2026-03-02T10:00", { contacted: "emergency-contact" }));
    expect(checkLog(seven, rules, sources).find((x) => x.rule === "unanswered-calls-per-day")?.counted).toBe(7);
  });

  it("「stop when refused」 applies to third parties only", () => {
    expect(rulesOf(checkLog([entry("2026-03-02T10:00", { flags: ["continued-after-stop"] })], rules, sources))).toEqual([]);
    expect(rulesOf(checkLog([entry("2026-03-02T10:00", { contacted: "emergency-contact", flags: ["continued-after-stop"] })], rules, sources))).toEqual(["stop-when-refused"]);
  });

  it("out of contact is 3 unanswered calls or 3 days: after an answer, 3 missed calls to the borrower make a third-party call no finding", () => {
    const answered = entry("2026-03-02T09:00", { channel: "call-answered" });
    const relative = entry("2026-03-03T10:00", { contacted: "family" });
    const twoMissed = [entry("2026-03-02T12:00"), entry("2026-03-02T15:00")];
    expect(rulesOf(checkLog([answered, ...twoMissed, relative], rules, sources))).toContain("third-party-while-reachable");
    expect(rulesOf(checkLog([answered, ...twoMissed, entry("2026-03-02T18:00"), relative], rules, sources))).not.toContain("third-party-while-reachable");
    expect(rulesOf(checkLog([answered, entry("2026-03-02T12:00", { count: 3 }), relative], rules, sources))).not.toContain("third-party-while-reachable");
  });

  it("impersonation before the guideline rests on the law in force that day, worded 可能涉及", () => {
    const [f] = checkLog([entry("2025-06-01T10:00", { flags: ["impersonated-authority"] })], rules, sources);
    expect(f?.rule).toBe("no-impersonation");
    expect(f?.citations.map((c) => c.source)).toEqual(["law-criminal-code", "law-public-security-penalties-2012"]);
    const line = f ? findingLine(f, book) : "";
    expect(line).toContain("可能涉及");
    expect(line).toContain("第二百七十九条");
    expect(line).not.toMatch(/违法|构成犯罪|已经犯罪/);
    const [later] = checkLog([entry("2026-03-02T10:00", { flags: ["impersonated-authority"] })], rules, sources);
    expect(later?.citations.map((c) => c.source)).toEqual(["guideline-cba-collection-2026", "law-criminal-code", "law-public-security-penalties-2025"]);
  });

  it("a visit by one person breaks the two-collector rule; two, or an unrecorded number, do not", () => {
    const at = "2026-03-02T10:00";
    expect(rulesOf(checkLog([entry(at, { channel: "visit", visitors: 1 })], rules, sources))).toEqual(["visit-two-people"]);
    expect(rulesOf(checkLog([entry(at, { flags: ["came-to-door"], channel: "call-answered", visitors: 1 })], rules, sources))).toEqual(["visit-two-people"]);
    expect(checkLog([entry(at, { channel: "visit", visitors: 2 })], rules, sources)).toEqual([]);
    expect(checkLog([entry(at, { channel: "visit" })], rules, sources)).toEqual([]);
  });

  it("a citation shows each title's marks once (no 《…《…》》)", () => {
    const [f] = checkLog([entry("2026-03-02T23:00")], rules, sources);
    const line = f ? findingLine(f, book) : "";
    expect(line).toContain("GB/T 45251—2025《互联网金融");
    expect(line).not.toMatch(/《[^》]*《/);
  });
});

// ── Properties ──────────────────────────────────────────────────────────────

const DAYS = ["2024-12-30", "2025-02-27", "2025-02-28", "2025-07-01", "2026-01-29", "2026-01-30", "2026-01-31", "2026-02-01", "2026-02-02", "2026-02-03"];
const arbAt = fc
  .tuple(fc.constantFrom(...DAYS), fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 59))
  .map(([d, h, m]) => `${d}T${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);
const arbEntry = fc.record({
  id: fc.uuid(),
  at: arbAt,
  caller: fc.constantFrom(...CALLERS),
  callerName: fc.constant(""),
  from: fc.constantFrom("", "02100000000", "95188"),
  channel: fc.constantFrom(...CHANNELS),
  contacted: fc.constantFrom(...CONTACTED),
  count: fc.integer({ min: 1, max: 8 }),
  calledNumber: fc.constantFrom("", "13900000001"),
  visitors: fc.constantFrom(null, 1, 2),
  flags: fc.subarray([...FLAGS]),
  notes: fc.constant(""),
}) as fc.Arbitrary<Entry>;
/** Spread over many days and every kind of entry. */
const arbSpreadLog = fc.uniqueArray(arbEntry, { selector: (e) => e.id, maxLength: 40 });
/** Crowded into two days, calls only, so the daily limits and the third-party window are often reached. */
const arbBusyLog = fc.uniqueArray(
  fc.record({
    id: fc.uuid(),
    at: fc.tuple(fc.constantFrom("2026-02-01", "2026-02-02"), fc.integer({ min: 0, max: 23 })).map(([d, h]) => `${d}T${String(h).padStart(2, "0")}:00`),
    caller: fc.constant("agency" as const),
    callerName: fc.constant(""),
    from: fc.constant(""),
    channel: fc.constantFrom("call-answered" as const, "call-missed" as const),
    contacted: fc.constantFrom("debtor" as const, "family" as const),
    count: fc.integer({ min: 1, max: 3 }),
    calledNumber: fc.constantFrom("", "13900000001", "13900000002"),
    visitors: fc.constant(null),
    flags: fc.constant([]),
    notes: fc.constant(""),
  }),
  { selector: (e) => e.id, maxLength: 30 },
) as fc.Arbitrary<Entry[]>;
const arbLog = fc.oneof(arbSpreadLog, arbBusyLog);


describe("checkLog: properties", () => {
  it("the order entries were typed in never changes the findings", () => {
    fc.assert(
      fc.property(arbLog, fc.infiniteStream(fc.nat()), (log, seeds) => {
        const shuffled = [...log].map((e) => [seeds.next().value, e] as const).sort((a, b) => a[0] - b[0]).map(([, e]) => e);
        expect(checkLog(shuffled, rules, sources)).toEqual(checkLog(log, rules, sources));
      }),
    );
  });

  it("adding an entry never removes a finding, and findings on other days keep their entries", () => {
    fc.assert(
      fc.property(arbLog, arbEntry, (log, extra) => {
        fc.pre(!log.some((e) => e.id === extra.id));
        const before = checkLog(log, rules, sources);
        const after = checkLog([...log, extra], rules, sources);
        const afterByKey = new Map(after.map((f) => [findingKey(f), f]));
        // One exception, as the rule is written: unanswered calls to the borrower can make
        // the borrower "out of contact", and then a later third-party call is allowed.
        const missedBorrower = extra.channel === "call-missed" && extra.contacted === "debtor";
        for (const f of before) {
          if (missedBorrower && f.rule === "third-party-while-reachable") continue;
          const still = afterByKey.get(findingKey(f));
          expect(still, findingKey(f)).toBeDefined();
          for (const id of f.entryIds) expect(still?.entryIds).toContain(id);
          if (f.day !== dayOf(extra.at)) expect(still).toEqual(f);
        }
      }),
    );
  });

  it("a rule is applied only on days when a source it cites is in force, and cites only those", () => {
    fc.assert(
      fc.property(arbLog, (log) => {
        for (const f of checkLog(log, rules, sources)) {
          expect(f.citations.length).toBeGreaterThan(0);
          for (const c of f.citations) {
            const s = sources.find((x) => x.id === c.source);
            expect(s && isInForce(s, f.day)).toBe(true);
          }
          const rule = rules.find((r) => r.id === f.rule);
          expect(f.citations.length).toBe(rule?.citations.filter((c) => isInForce(sources.find((s) => s.id === c.source) ?? {}, f.day)).length);
        }
      }),
    );
  });

  it("before the national standard (2025-02-28), only rules that a law backs apply, and they cite only laws", () => {
    fc.assert(
      fc.property(arbLog, (log) => {
        const early = log.filter((e) => e.at < "2025-02-28");
        for (const f of checkLog(early, rules, sources)) {
          expect(["no-threats-or-insults", "no-impersonation", "no-debt-disclosure", "stop-when-refused"]).toContain(f.rule);
          for (const c of f.citations) expect(sources.find((s) => s.id === c.source)?.kind).toBe("law");
        }
      }),
    );
  });

  it("every finding names only entries of the log, on the finding's day", () => {
    fc.assert(
      fc.property(arbLog, (log) => {
        const byId = new Map(log.map((e) => [e.id, e]));
        for (const f of checkLog(log, rules, sources)) {
          expect(f.entryIds.length).toBeGreaterThan(0);
          for (const id of f.entryIds) expect(dayOf(byId.get(id)?.at ?? "")).toBe(f.day);
        }
      }),
    );
  });

  it("removing every flag, moving every contact to daytime and to the borrower, and keeping counts low leaves no finding", () => {
    fc.assert(
      fc.property(arbLog, (log) => {
        const calm = log.map((e, i) => ({ ...e, at: `${DAYS[i % DAYS.length]}T12:00`, flags: [], contacted: "debtor" as const, channel: "sms" as const, count: 1 }));
        expect(checkLog(calm, rules, sources)).toEqual([]);
      }),
    );
  });
});
