import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { complaintLadder } from "@/content/complaint-ladder";
import { callLogRules } from "@/content/call-log-rules";
import { callLogComplaints } from "@/content/templates/call-log-complaints";
import { checkLog } from "@/lib/call-log/check";
import { complaintValues, nextStepDrafts } from "@/lib/call-log/complaint";
import type { Entry } from "@/lib/call-log/entry";
import { earlierComplaintText, ladderState, mergeComplaints, nextSteps, readComplaintForm, type SentComplaint } from "@/lib/call-log/ladder";
import type { Role } from "@/lib/call-log/log-format";
import { complaintReminderIcs } from "@/lib/call-log/reminder";
import { ruleBookOf } from "@/lib/call-log/rule-book";
import { summarize } from "@/lib/call-log/summary";
import { COMPLAINT_CHANNELS } from "@/lib/schema/call-log";
import { loadContent } from "@/content";
import { addDaysToIsoDate } from "@/lib/dates/iso-date";
import { logEntry } from "@/tests/unit/fixtures/call-log-entries";

const content = loadContent();
const book = ruleBookOf(callLogRules, content.sources, callLogComplaints, complaintLadder);
const periods = complaintLadder.periods;
const sent = (over: Partial<SentComplaint> = {}): SentComplaint => ({ id: "complaint1", date: "2026-11-14", channel: "lender", note: "", remindOn: null, unsatisfied: false, ...over });
const entry = (id: string, over: Partial<Entry> = {}): Entry => logEntry(id, "2026-11-10T10:00", over);

describe("complaint ladder: when the answer is due", () => {
  it("no source we hold gives an answer period: every channel's period is empty and the page says so", () => {
    for (const ch of COMPLAINT_CHANNELS) expect(periods[ch]).toBeNull();
    expect(complaintLadder.noPeriod).toContain("我们收录的来源没有写明答复期限");
  });

  it("without a period the due date is the person's own reminder, and none when they set none", () => {
    expect(ladderState(sent({ remindOn: "2026-11-24" }), "2026-11-20", periods, false)).toMatchObject({ due: "2026-11-24", dueBy: "reminder", ready: false });
    expect(ladderState(sent(), "2027-06-01", periods, false)).toMatchObject({ due: null, dueBy: null, ready: false });
  });

  it("a period from a source sets the due date from the complaint's date", () => {
    const withPeriod = { ...periods, lender: { days: 15, citation: { source: "service-alipay-customer-service" } } };
    expect(ladderState(sent({ remindOn: "2026-11-16" }), "2026-11-20", withPeriod, false)).toMatchObject({ due: "2026-11-29", dueBy: "source", ready: false });
  });

  it("is ready once the day after the reminder comes, or at once when the answer is unsatisfactory (property)", () => {
    const day = fc.integer({ min: 0, max: 2000 }).map((n) => addDaysToIsoDate("2024-01-01", n));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 60 }), fc.integer({ min: -30, max: 90 }), fc.boolean(), fc.constantFrom(...COMPLAINT_CHANNELS), (date, wait, offset, unsatisfied, channel) => {
        const remindOn = addDaysToIsoDate(date, wait);
        const today = addDaysToIsoDate(remindOn, offset);
        const s = ladderState(sent({ date, remindOn, unsatisfied, channel }), today, periods, false);
        expect(s.due).toBe(remindOn);
        expect(s.ready).toBe(unsatisfied || offset > 0);
      }),
    );
  });
});

describe("complaint ladder: the next step", () => {
  it("after the platform or another channel comes 12378; 110 joins only when the log has threats", () => {
    expect(nextSteps("lender", false)).toEqual(["12378"]);
    expect(nextSteps("other", false)).toEqual(["12378"]);
    expect(nextSteps("lender", true)).toEqual(["12378", "110"]);
    expect(nextSteps("12378", false)).toEqual([]);
    expect(nextSteps("12378", true)).toEqual(["110"]);
    expect(nextSteps("110", true)).toEqual([]);
  });

  const drafts = (role: Role, entries: Entry[], complaint: SentComplaint) => {
    const f = checkLog(entries, callLogRules, content.sources);
    const values = complaintValues(entries, f, summarize(entries, f, book.rules.map((r) => r.id)), book, "2026-12-04", role);
    const s = ladderState(complaint, "2026-12-04", periods, entries.some((e) => e.flags.includes("threatened")));
    return nextStepDrafts(complaint, s.next, values, book, "2026-12-04", role);
  };

  it("the 12378 draft cites the earlier complaint's date and channel, in each role's own voice", () => {
    const complaint = sent({ remindOn: "2026-11-24", note: "工单 A1" });
    for (const role of ["borrower", "contact"] as const) {
      const contacted = role === "contact" ? "emergency-contact" : "debtor";
      const d = drafts(role, [entry("e0000001", { contacted })], complaint)[0]!;
      expect(d.step).toBe("12378");
      expect(d.text).toContain("我已于2026年11月14日通过平台（支付宝「我的客服」或95188）投诉（工单 A1），到今天还没有得到答复（2026年12月4日）。");
      expect(d.text).not.toContain("请说明何时");
      if (role === "contact") {
        expect(d.text).toContain("我不是这笔借款的借款人");
        for (const w of [/我的欠款/, /我不否认/, /我欠/, /愿意[^。；\n]{0,12}(协商|还款|还钱|承担)/]) expect(d.text).not.toMatch(w);
      }
    }
  });

  it("a threat in the log adds the 110 note, which also cites the earlier complaint; an unsatisfactory answer is said so", () => {
    const out = drafts("contact", [entry("e0000001", { contacted: "emergency-contact", flags: ["threatened"] })], sent({ unsatisfied: true }));
    expect(out.map((d) => d.step)).toEqual(["12378", "110"]);
    expect(out[1]!.text).toContain("110");
    expect(out[1]!.text).toContain("我已于2026年11月14日通过平台（支付宝「我的客服」或95188）投诉，对答复不满意");
    expect(earlierComplaintText(sent({ channel: "12378" }), "2026-12-04")).toContain("通过12378金融消费者投诉热线投诉");
  });
});

describe("complaint ladder: the form, import and the reminder", () => {
  it("says what to fix: a future date, no channel, a reminder before the complaint", () => {
    const r = readComplaintForm("complaint1", { date: "2026-12-05", channel: "", note: "", remindOn: "2026-11-01" }, "2026-12-04");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.field)).toEqual(["date", "channel", "remindOn"]);
    const back = readComplaintForm("complaint1", { date: "2026-11-14", channel: "lender", note: "", remindOn: "2026-11-01" }, "2026-12-04");
    expect(back.ok ? [] : back.problems.map((p) => p.field)).toEqual(["remindOn"]);
    expect(readComplaintForm("complaint1", { date: "2026-11-14", channel: "lender", note: " 工单 ", remindOn: "" }, "2026-12-04")).toEqual({ ok: true, complaint: sent({ note: "工单" }) });
  });

  it("import adds complaints with new ids only", () => {
    expect(mergeComplaints([sent()], [sent({ note: "changed" }), sent({ id: "complaint2" })])).toEqual([sent({ id: "complaint2" })]);
  });

  it("the reminder is one all-day event on the due date, from the plan's writer", () => {
    const ics = complaintReminderIcs(sent(), "2026-11-24", "2026-11-14");
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain("DTSTART;VALUE=DATE:20261124");
  });
});
