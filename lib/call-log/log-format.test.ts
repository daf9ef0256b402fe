import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Entry } from "@/lib/call-log/entry";
import { LOG_FORMAT, NOT_OURS, mergeEntries, readLogDocument, readLogFile, toLogDocument } from "@/lib/call-log/log-format";

const e = (id: string, at = "2026-12-01T10:00", over: Partial<Entry> = {}): Entry => ({
  id,
  at,
  caller: "platform",
  callerName: "",
  from: "95188",
  channel: "call-answered",
  contacted: "debtor",
  count: 1,
  flags: [],
  notes: "",
  ...over,
});

describe("log format", () => {
  it("round-trips through a file", () => {
    const entries = [e("aaaaaaaa"), e("bbbbbbbb", "2026-12-01T23:10", { flags: ["threatened"], notes: "第一行\n第二行" })];
    const text = JSON.stringify(toLogDocument(entries, "contact", "2026-12-02T08:00"));
    expect(readLogFile(text)).toEqual({ ok: true, role: "contact", entries, skipped: 0 });
    expect(readLogFile(`\uFEFF${text}`).ok).toBe(true);
  });

  it("refuses what is not ours with a Chinese message", () => {
    for (const text of ["", "not json", "[]", "null", '{"entries":[]}', JSON.stringify({ format: "other", version: 1, entries: [] }), JSON.stringify({ format: LOG_FORMAT, version: "1", entries: [] }), JSON.stringify({ format: LOG_FORMAT, version: 1 })]) {
      expect(readLogFile(text)).toEqual({ ok: false, message: NOT_OURS });
    }
  });

  it("refuses a newer version without reading it", () => {
    const r = readLogDocument({ format: LOG_FORMAT, version: 2, entries: [e("aaaaaaaa")] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain("更新版本");
  });

  it("skips damaged entries and counts them", () => {
    const r = readLogDocument({ format: LOG_FORMAT, version: 1, role: "borrower", entries: [e("aaaaaaaa"), { ...e("bbbbbbbb"), channel: "fax" }, { ...e("cccccccc"), count: 1000 }, { ...e("dddddddd"), id: "<script>" }, 42, null] });
    expect(r).toEqual({ ok: true, role: "borrower", entries: [e("aaaaaaaa")], skipped: 5 });
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
    expect(r).toEqual({ added: [e("cccccccc", "2026-12-01T12:00")], duplicates: 2, conflicts: 1 });
    expect(mergeEntries([...here, ...r.added], incoming).added).toEqual([]);
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
