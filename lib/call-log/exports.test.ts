import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { callLogComplaints, lenderCallLogComplaint, regulatorCallLogComplaint } from "@/content/templates/call-log-complaints";
import { callLogRules } from "@/content/call-log-rules";
import { checkLog } from "@/lib/call-log/check";
import { complaintValues, fillComplaint, needsPolice, MAX_ENTRY_LINES } from "@/lib/call-log/complaint";
import { CSV_BOM, CSV_HEADER, csvCell, toCsv } from "@/lib/call-log/csv";
import { ruleBookOf } from "@/lib/call-log/rule-book";
import { summarize } from "@/lib/call-log/summary";
import { content } from "@/lib/content/load-content";
import { logEntry } from "@/tests/unit/fixtures/call-log-entries";

const book = ruleBookOf(callLogRules, content.sources, callLogComplaints);
const order = callLogRules.map((r) => r.id);
const e = logEntry;
const log = [
  e("aaaaaaaa", "2026-12-01T23:05", { notes: '他说"明天上门", 还说=SUM(A1)' }),
  e("bbbbbbbb", "2026-12-01T10:00", { count: 7 }),
  e("cccccccc", "2026-11-30T12:00", { contacted: "family", flags: ["disclosed-debt"], channel: "call-answered" }),
  e("dddddddd", "2026-11-29T12:00", { channel: "sms", from: "" }),
];

describe("CSV", () => {
  it("starts with a BOM, reads back with every entry, in time order, with findings", () => {
    const csv = toCsv(log, checkLog(log, callLogRules, content.sources), book);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toEqual([...CSV_HEADER]);
    expect(rows.map((r) => `${r[0]} ${r[1]}`)).toEqual(["2026-11-29 12:00", "2026-11-30 12:00", "2026-12-01 10:00", "2026-12-01 23:05"]);
    const night = rows[3] as string[];
    expect(night[9]).toBe('他说"明天上门", 还说=SUM(A1)');
    expect(night[10]).toContain("可能不符合「晚上22点到早上8点不应催收」");
    expect(night[4]).toBe("\t13800000000");
    expect(rows[2]?.[10]).toContain("共8次，超过了6次");
    expect(rows[1]?.[10]).toContain("行业自律规则，不是法律；是否约束借呗、花呗的放贷机构尚未核实");
    expect(csv).not.toContain("违法");
  });

  it("neutralises cells that a spreadsheet would run as a formula", () => {
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("@x")).toBe("'@x");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell("普通文字")).toBe("普通文字");
  });
});

describe("complaints", () => {
  const findings = checkLog(log, callLogRules, content.sources);
  const summary = summarize(log, findings, order);
  const values = complaintValues(log, findings, summary, book, "2026-12-02");

  it("every figure comes from the log", () => {
    expect(summary).toMatchObject({ entries: 4, contacts: 10, days: 3, entriesWithFinding: 3, daysWithFinding: 2, thirdPartyContacts: 1 });
    const lender = fillComplaint(lenderCallLogComplaint, values, "2026-12-02", content.sources);
    expect(lender).toContain("2026年11月29日至2026年12月1日");
    expect(lender).toContain("共记下10次联系，分布在3天；其中3条记录可能不符合催收规则");
    expect(lender).toContain("- 晚上22点到早上8点不应催收：1条记录，涉及1天");
    expect(lender).toContain("2026年12月1日 10:00，电话（未接）×7，联系借款人本人");
    expect(lender).not.toMatch(/\{\{|违法|反催收/);
    const regulator = fillComplaint(regulatorCallLogComplaint, values, "2026-12-02", content.sources);
    expect(regulator).toContain("2026年12月2日");
    expect(regulator).toContain("其中3条记录、2天可能不符合");
  });

  it("lists at most a set number of entries and points to the attachment for the rest", () => {
    const many = Array.from({ length: 40 }, (_, i) => e(`id${String(i).padStart(6, "0")}`, `2026-11-${String(1 + (i % 28)).padStart(2, "0")}T23:00`));
    const f = checkLog(many, callLogRules, content.sources);
    const v = complaintValues(many, f, summarize(many, f, order), book, "2026-12-02");
    const lines = v.entryLines?.split("\n") ?? [];
    expect(lines).toHaveLength(MAX_ENTRY_LINES + 1);
    expect(lines.at(-1)).toBe("（另有10条，见附上的来电记录表）");
  });

  it("every template's fields are filled", () => {
    for (const t of callLogComplaints) expect(() => fillComplaint(t, values, "2026-12-02", content.sources)).not.toThrow();
    expect(() => fillComplaint(lenderCallLogComplaint, { ...values, period: undefined as unknown as string }, "2026-12-02", content.sources)).toThrow();
  });

  it("points to 110 for threats or visits only", () => {
    expect(needsPolice(log)).toBe(false);
    expect(needsPolice([e("x1234567", "2026-12-01T10:00", { flags: ["threatened"] })])).toBe(true);
    expect(needsPolice([e("x1234567", "2026-12-01T10:00", { channel: "visit" })])).toBe(true);
  });
});
