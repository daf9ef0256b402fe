import { describe, expect, it } from "vitest";
import { readEntry, draftOf, type Draft } from "@/lib/call-log/entry";

const NOW = "2026-12-02T14:30";
const draft = (over: Partial<Draft> = {}): Draft => ({
  at: "2026-12-02T14:00",
  caller: "agency",
  callerName: " 某某 催收公司 ",
  from: "０２１ 1234",
  channel: "call-missed",
  contacted: "debtor",
  count: "",
  calledNumber: "",
  visitors: "",
  flags: ["threatened", "bogus"],
  notes: "说要\r\n上门",
  ...over,
});
const fields = (r: ReturnType<typeof readEntry>) => (r.ok ? [] : r.problems.map((p) => p.field));

describe("readEntry", () => {
  it("reads a draft: count defaults to 1, full-width digits and spaces tidied, unknown boxes dropped", () => {
    const r = readEntry("abcdef12", draft(), NOW);
    expect(r).toEqual({
      ok: true,
      entry: { id: "abcdef12", at: "2026-12-02T14:00", caller: "agency", callerName: "某某 催收公司", from: "021 1234", channel: "call-missed", contacted: "debtor", count: 1, calledNumber: "", visitors: null, flags: ["threatened"], notes: "说要\n上门" },
    });
    if (r.ok) expect(readEntry("abcdef12", draftOf(r.entry), NOW)).toEqual(r);
  });

  it("reads the number called and how many came; refuses a visitor count that is not 1–20", () => {
    const r = readEntry("abcdef12", draft({ channel: "visit", calledNumber: " １３９ 0000 0001 ", visitors: "２" }), NOW);
    expect(r.ok && [r.entry.calledNumber, r.entry.visitors]).toEqual(["139 0000 0001", 2]);
    for (const visitors of ["0", "21", "两", "-1"]) {
      expect(readEntry("abcdef12", draft({ visitors }), NOW)).toMatchObject({ ok: false, problems: [{ field: "visitors" }] });
    }
  });

  it("refuses a time in the future, and accepts now", () => {
    const r = readEntry("abcdef12", draft({ at: "2026-12-02T14:31" }), NOW);
    expect(r).toEqual({ ok: false, problems: [{ field: "at", message: "时间不能晚于现在：请填写已经发生的联系" }] });
    expect(readEntry("abcdef12", draft({ at: NOW }), NOW).ok).toBe(true);
  });

  it("refuses an empty entry with a message per missing choice", () => {
    const r = readEntry("abcdef12", { at: "", caller: "", callerName: "", from: "", channel: "", contacted: "", count: "", calledNumber: "", visitors: "", flags: [], notes: "" }, NOW);
    expect(fields(r)).toEqual(["at", "caller", "channel", "contacted"]);
  });

  it("refuses impossible dates and absurd counts", () => {
    expect(fields(readEntry("abcdef12", draft({ at: "2026-02-30T10:00" }), NOW))).toEqual(["at"]);
    expect(fields(readEntry("abcdef12", draft({ at: "2026-02-01T24:00" }), NOW))).toEqual(["at"]);
    expect(fields(readEntry("abcdef12", draft({ count: "0" }), NOW))).toEqual(["count"]);
    expect(fields(readEntry("abcdef12", draft({ count: "100" }), NOW))).toEqual(["count"]);
    expect(fields(readEntry("abcdef12", draft({ count: "2.5" }), NOW))).toEqual(["count"]);
    expect(fields(readEntry("abcdef12", draft({ count: "-3" }), NOW))).toEqual(["count"]);
    expect(readEntry("abcdef12", draft({ count: "99" }), NOW).ok).toBe(true);
  });

  it("refuses over-long text", () => {
    expect(fields(readEntry("abcdef12", draft({ notes: "字".repeat(501) }), NOW))).toEqual(["notes"]);
    expect(fields(readEntry("abcdef12", draft({ from: "1".repeat(61) }), NOW))).toEqual(["from"]);
  });
});
