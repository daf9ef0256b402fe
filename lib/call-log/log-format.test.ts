import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Entry } from "@/lib/call-log/entry";
import { readEntry } from "@/lib/call-log/entry";
import { LOG_FORMAT, LOG_VERSION, NEWER_VERSION, NOT_OURS, importMessage, mergeEntries, readLogDocument, readLogFile, toLogDocument } from "@/lib/call-log/log-format";
import { mergeComplaints, type SentComplaint } from "@/lib/call-log/ladder";
import { CALLERS, CHANNELS, CONTACTED, FLAGS } from "@/lib/schema/call-log";

const e = (id: string, at = "2026-12-01T10:00", over: Partial<Entry> = {}): Entry => ({
  id,
  at,
  caller: "platform",
  callerName: "",
  from: "95188",
  channel: "call-answered",
  contacted: "debtor",
  count: 1,
  calledNumber: "",
  visitors: null,
  flags: [],
  notes: "",
  ...over,
});

describe("log format", () => {
  it("round-trips through a file", () => {
    const entries = [e("aaaaaaaa"), e("bbbbbbbb", "2026-12-01T23:10", { flags: ["threatened"], notes: "第一行\n第二行" })];
    const complaints: SentComplaint[] = [{ id: "cccccccc", date: "2026-11-14", channel: "lender", note: "工单 12", remindOn: "2026-11-24", unsatisfied: false }];
    const text = JSON.stringify(toLogDocument(entries, "contact", "2026-12-02T08:00", complaints));
    expect(readLogFile(text)).toEqual({ ok: true, role: "contact", entries, complaints, skipped: 0, damaged: false });
    expect(readLogFile(`\uFEFF${text}`).ok).toBe(true);
  });

  it("refuses what is not ours with a Chinese message", () => {
    for (const text of ["", "not json", "[]", "null", '{"entries":[]}', JSON.stringify({ format: "other", version: 1, entries: [] }), JSON.stringify({ format: LOG_FORMAT, version: "1", entries: [] })]) {
      expect(readLogFile(text)).toEqual({ ok: false, message: NOT_OURS });
    }
  });

  it("refuses a newer version without reading it", () => {
    const r = readLogDocument({ format: LOG_FORMAT, version: LOG_VERSION + 1, entries: [e("aaaaaaaa")] });
    expect(r).toEqual({ ok: false, message: NEWER_VERSION });
    const cut = JSON.stringify(toLogDocument([e("aaaaaaaa")], "borrower", "2026-12-02T08:00"), null, 1).replace(`"version": ${LOG_VERSION}`, `"version": ${LOG_VERSION + 1}`);
    expect(readLogFile(cut.slice(0, cut.length - 20))).toEqual({ ok: false, message: NEWER_VERSION });
  });

  it("a cut-off export of our own is 「damaged」, with the entries still readable, never 「not ours」", () => {
    const entries = ["aaaaaaaa", "bbbbbbbb", "cccccccc"].map((id, i) => e(id, `2026-12-01T1${i}:00`, { notes: i === 1 ? '说"{明天}"再来' : "" }));
    const text = JSON.stringify(toLogDocument(entries, "contact", "2026-12-02T08:00"), null, 1);
    const cut = text.slice(0, text.indexOf('"cccccccc"') + 5);
    const r = readLogFile(cut);
    expect(r).toEqual({ ok: true, role: "contact", entries: entries.slice(0, 2), complaints: [], skipped: 0, damaged: true });
    if (r.ok) expect(importMessage(r, mergeEntries([], r.entries))).toContain("已经损坏（可能没有完整保存或传输），只读出了2条");
    expect(readLogFile(text.slice(0, 40))).toMatchObject({ ok: true, entries: [], damaged: true });
    expect(readLogFile(JSON.stringify({ format: LOG_FORMAT, version: 1 }))).toMatchObject({ ok: true, entries: [], damaged: true });
  });

  it("opens a version 2 export: the log gains an empty list of complaints, entries unchanged", () => {
    const r = readLogFile(JSON.stringify({ format: LOG_FORMAT, version: 2, exportedAt: "2026-12-02T08:00", role: "borrower", entries: [e("aaaaaaaa")] }));
    expect(r).toEqual({ ok: true, role: "borrower", entries: [e("aaaaaaaa")], complaints: [], skipped: 0, damaged: false });
  });

  it("counts a malformed complaint as unreadable and keeps the rest", () => {
    const good: SentComplaint = { id: "cccccccc", date: "2026-11-14", channel: "12378", note: "", remindOn: null, unsatisfied: true };
    const r = readLogDocument({ format: LOG_FORMAT, version: 3, role: "borrower", entries: [], complaints: [good, { ...good, id: "dddddddd", channel: "fax" }, { ...good, id: "eeeeeeee", date: "2026-02-30" }, null] });
    expect(r).toMatchObject({ ok: true, complaints: [good], skipped: 3 });
  });

  it("opens a version 1 export: entries gain an unrecorded number called and visitor count, nothing else changes", () => {
    const v1 = { id: "aaaaaaaa", at: "2026-12-01T10:00", caller: "platform", callerName: "", from: "95188", channel: "visit", contacted: "debtor", count: 1, flags: ["came-to-door"], notes: "x" };
    const r = readLogFile(JSON.stringify({ format: LOG_FORMAT, version: 1, exportedAt: "2026-12-02T08:00", role: "contact", entries: [v1] }));
    expect(r).toEqual({ ok: true, role: "contact", entries: [{ ...v1, calledNumber: "", visitors: null }], complaints: [], skipped: 0, damaged: false });
  });

  it("round-trip: export, then import on an empty store, gives the same entries, for any log (property)", () => {
    const arbDraft = fc.record({
      at: fc.tuple(fc.integer({ min: 2020, max: 2026 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([y, mo, d, h, mi]) => `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}T${String(h).padStart(2, "0")}:${String(mi).padStart(2, "0")}`),
      caller: fc.constantFrom(...CALLERS),
      callerName: fc.string({ maxLength: 70 }),
      from: fc.string({ maxLength: 20 }),
      channel: fc.constantFrom(...CHANNELS),
      contacted: fc.constantFrom(...CONTACTED),
      count: fc.integer({ min: 1, max: 99 }).map(String),
      calledNumber: fc.oneof(fc.constant(""), fc.string({ maxLength: 20 })),
      visitors: fc.oneof(fc.constant(""), fc.integer({ min: 1, max: 20 }).map(String)),
      flags: fc.subarray([...FLAGS]),
      notes: fc.string({ maxLength: 80, unit: "grapheme" }),
    });
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10));
    const arbComplaints = fc
      .array(
        fc.record({
          date: day,
          channel: fc.constantFrom("lender" as const, "12378" as const, "110" as const, "other" as const),
          note: fc.string({ maxLength: 200 }),
          remindOn: fc.option(day, { nil: null }),
          unsatisfied: fc.boolean(),
        }),
        { maxLength: 8 },
      )
      .map((cs) => cs.map((c, i): SentComplaint => ({ id: `complaint${i}`, ...c })));
    const arbLog = fc.array(arbDraft, { maxLength: 30 }).map((drafts) =>
      drafts.flatMap((d, i) => {
        const r = readEntry(`id${String(i).padStart(8, "0")}`, d, "9999-12-31T23:59");
        return r.ok ? [r.entry] : [];
      }),
    );
    fc.assert(
      fc.property(arbLog, fc.constantFrom("borrower" as const, "contact" as const), fc.boolean(), arbComplaints, (entries, role, duplicate, complaints) => {
        // Identical content under new ids (two identical calls) must survive too.
        const log = duplicate ? [...entries, ...entries.map((x) => ({ ...x, id: `${x.id}dup` }))] : entries;
        const read = readLogFile(`${JSON.stringify(toLogDocument(log, role, "2026-12-02T08:00", complaints), null, 1)}\n`);
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        expect(read.role).toBe(role);
        expect(read.skipped).toBe(0);
        expect(mergeEntries([], read.entries).added).toEqual(log);
        expect(mergeComplaints([], read.complaints)).toEqual(complaints);
      }),
    );
  });

  it("skips damaged entries and counts them", () => {
    const r = readLogDocument({ format: LOG_FORMAT, version: 1, role: "borrower", entries: [e("aaaaaaaa"), { ...e("bbbbbbbb"), channel: "fax" }, { ...e("cccccccc"), count: 1000 }, { ...e("dddddddd"), id: "<script>" }, 42, null] });
    expect(r).toEqual({ ok: true, role: "borrower", entries: [e("aaaaaaaa")], complaints: [], skipped: 5, damaged: false });
  });

  it("never reads a file without throwing", () => {
    fc.assert(fc.property(fc.string(), (s) => void readLogFile(s)));
    fc.assert(fc.property(fc.jsonValue(), (v) => void readLogDocument(v)));
    fc.assert(fc.property(fc.array(fc.jsonValue()), (entries) => void readLogDocument({ format: LOG_FORMAT, version: 1, entries })));
  });
});

describe("mergeEntries", () => {
  it("adds only new entries; the same file twice adds nothing; a changed copy never overwrites", () => {
    const here = [e("aaaaaaaa"), e("bbbbbbbb", "2026-12-01T11:00")];
    const incoming = [e("aaaaaaaa"), e("bbbbbbbb", "2026-12-01T11:00", { notes: "改过" }), e("cccccccc", "2026-12-01T12:00"), e("dddddddd")];
    const r = mergeEntries(here, incoming);
    // dddddddd has aaaaaaaa's content under a new id: a second identical call, kept.
    expect(r).toEqual({ added: [e("cccccccc", "2026-12-01T12:00"), e("dddddddd")], duplicates: 1, conflicts: 1 });
    expect(mergeEntries([...here, ...r.added], incoming).added).toEqual([]);
  });

  it("seven identical missed calls with seven ids import as seven on an empty store", () => {
    const seven = Array.from({ length: 7 }, (_, i) => e(`seven${String(i).padStart(4, "0")}`, "2026-12-01T10:00", { channel: "call-missed" }));
    expect(mergeEntries([], seven).added).toHaveLength(7);
  });

  it("merging is idempotent and keeps every stored entry (property)", () => {
    const arb = fc.uniqueArray(
      fc.record({ id: fc.constantFrom("aaaaaaaa", "bbbbbbbb", "cccccccc", "dddddddd", "eeeeeeee"), h: fc.integer({ min: 10, max: 12 }) }).map(({ id, h }) => e(id, `2026-12-01T${h}:00`)),
      { selector: (x) => x.id },
    );
    fc.assert(
      fc.property(arb, arb, (here, incoming) => {
        const first = mergeEntries(here, incoming);
        const after = [...here, ...first.added];
        expect(mergeEntries(after, incoming).added).toEqual([]);
        expect(new Set(after.map((x) => x.id)).size).toBe(after.length);
        expect(first.added.length + first.duplicates + first.conflicts).toBe(incoming.length);
      }),
    );
  });
});
