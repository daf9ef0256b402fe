import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { complaintLadder } from "@/content/complaint-ladder";
import { callLogComplaints, lenderCallLogComplaint, regulatorCallLogComplaint } from "@/content/templates/call-log-complaints";
import type { Entry } from "@/lib/call-log/entry";
import type { Role } from "@/lib/call-log/log-format";
import { callLogRules } from "@/content/call-log-rules";
import { checkLog } from "@/lib/call-log/check";
import { complaintValues, fillComplaint, needsPolice, MAX_ENTRY_LINES } from "@/lib/call-log/complaint";
import { CSV_BOM, CSV_HEADER, csvCell, toCsv } from "@/lib/call-log/csv";
import { ruleBookOf } from "@/lib/call-log/rule-book";
import { summarize } from "@/lib/call-log/summary";
import { content } from "@/content";
import { logEntry } from "@/tests/unit/fixtures/call-log-entries";

const book = ruleBookOf(callLogRules, content.sources, callLogComplaints, complaintLadder);
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
  const values = complaintValues(log, findings, summary, book, "2026-12-02", "borrower");

  it("every figure comes from the log", () => {
    expect(summary).toMatchObject({ entries: 4, contacts: 10, days: 3, entriesWithFinding: 3, daysWithFinding: 2, thirdPartyContacts: 1 });
    const lender = fillComplaint(lenderCallLogComplaint, values, "2026-12-02", content.sources);
    expect(lender).toContain("2026年11月29日至2026年12月1日");
    expect(lender).toContain("共记下10次联系，分布在3天；其中3条记录可能不符合催收规则");
    expect(lender).toContain("- 晚上22点到早上8点不应催收：1条记录，涉及1天");
    expect(lender).toContain("2026年12月1日 10:00，电话（未接）×7，联系我本人（借款人）");
    expect(lender).not.toMatch(/\{\{|违法|反催收/);
    const regulator = fillComplaint(regulatorCallLogComplaint, values, "2026-12-02", content.sources);
    expect(regulator).toContain("2026年12月2日");
    expect(regulator).toContain("其中3条记录、2天可能不符合");
  });

  it("lists at most a set number of entries and points to the attachment for the rest", () => {
    const many = Array.from({ length: 40 }, (_, i) => e(`id${String(i).padStart(6, "0")}`, `2026-11-${String(1 + (i % 28)).padStart(2, "0")}T23:00`));
    const f = checkLog(many, callLogRules, content.sources);
    const v = complaintValues(many, f, summarize(many, f, order), book, "2026-12-02", "borrower");
    const lines = v.entryLines?.split("\n") ?? [];
    expect(lines).toHaveLength(MAX_ENTRY_LINES + 1);
    expect(lines.at(-1)).toBe("（另有10条，见附上的来电记录表）");
  });

  it("every template's fields are filled", () => {
    for (const t of [...callLogComplaints.borrower, ...callLogComplaints.contact]) expect(() => fillComplaint(t, values, "2026-12-02", content.sources)).not.toThrow();
    expect(() => fillComplaint(lenderCallLogComplaint, { ...values, period: undefined as unknown as string }, "2026-12-02", content.sources)).toThrow();
  });

  it("points to 110 for threats or visits only", () => {
    expect(needsPolice(log)).toBe(false);
    expect(needsPolice([e("x1234567", "2026-12-01T10:00", { flags: ["threatened"] })])).toBe(true);
    expect(needsPolice([e("x1234567", "2026-12-01T10:00", { channel: "visit" })])).toBe(true);
  });

  it("points to 110 for impersonation too", () => {
    expect(needsPolice([e("x1234567", "2026-12-01T10:00", { flags: ["impersonated-authority"] })])).toBe(true);
  });
});

describe("complaints: each role in its own voice", () => {
  /** Words only a debtor would write: an admission, or an offer that could join a third party to the debt (民法典 第五百五十二条). */
  const DEBTOR_WORDS = [/我的欠款/, /我的借款/, /我不否认/, /我欠/, /愿意[^。；\n]{0,12}(协商|还款|还钱|承担|分期)/, /替[^。；\n]{0,6}还/, /我来还/];
  const daytime = [e("d0000001", "2026-12-01T10:00", { contacted: "emergency-contact", flags: ["disclosed-debt"] }), e("d0000002", "2026-12-01T11:00", { contacted: "emergency-contact" })];
  const night = [...daytime, e("n0000001", "2026-12-01T23:10", { contacted: "emergency-contact" })];
  const texts = (entries: Entry[], role: Role) => {
    const f = checkLog(entries, callLogRules, content.sources);
    const v = complaintValues(entries, f, summarize(entries, f, order), book, "2026-12-02", role);
    return book.complaints[role].map((t) => fillComplaint(t, v, "2026-12-02", content.sources));
  };

  it("renders every template for every role; a third party's never speaks as the debtor", () => {
    for (const role of ["borrower", "contact"] as const) {
      for (const log of [daytime, night, []]) {
        for (const text of texts(log, role)) {
          expect(text).not.toMatch(/\{\{|违法|反催收/);
          if (role === "contact") {
            for (const w of DEBTOR_WORDS) expect(text, `${w}`).not.toMatch(w);
            expect(text).toContain("我不是这笔借款的借款人");
            expect(text).toContain("不欠这笔钱");
            expect(text).toMatch(/停止[^。]*联系我/);
            expect(text).toMatch(/删除[^。]*手机号码/);
          }
        }
      }
    }
  });

  it("a third party's letter says what happened to them, from the log", () => {
    const [lender] = texts(daytime, "contact");
    expect(lender).toContain("我记下了2次催收联系，分布在1天");
    expect(lender).toContain("2026年12月1日 10:00，电话（未接），联系我（紧急联系人）");
    expect(lender).toContain("不得向第三人透露欠款");
  });

  it("no letter opens with a night-hours request unless the log has a night call", () => {
    for (const role of ["borrower", "contact"] as const) {
      for (const text of texts(daytime, role)) expect(text).not.toMatch(/22点/);
      expect(texts(night, role)[0]).toContain("晚上22点到早上8点不应催收");
    }
  });
});
