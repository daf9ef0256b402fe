/**
 * The 来电记录 as a file and as stored: a versioned document (README, "来电记录 data
 * format"). Reading it never throws: a file that is not ours, a newer version or a
 * damaged entry comes back as a Chinese message, and whatever is already stored is
 * not touched by the reader (merging is a separate, additive step).
 *
 * Entries are checked by `readEntry`, the same function the form uses, so a stored or
 * imported entry obeys exactly the rules of a typed one (and no schema library has to
 * ship to the phone for it).
 */
import { readEntry, type Entry } from "@/lib/call-log/entry";
import type { LocalDateTime } from "@/lib/call-log/local-time";

export const LOG_FORMAT = "yuqi-mingbai-call-log";
export const LOG_VERSION = 1;

export type Role = "borrower" | "contact";

export type LogDocument = {
  format: typeof LOG_FORMAT;
  version: typeof LOG_VERSION;
  /** When the file was written, on the device's clock. */
  exportedAt: LocalDateTime;
  role: Role;
  entries: Entry[];
};

export type ReadLogResult =
  | { ok: true; role: Role; entries: Entry[]; skipped: number }
  | { ok: false; message: string };

/**
 * Upgrades from each older version to the next, keyed by the version they read. Version
 * 1 is the first; a version 2 adds `1: (doc) => ({ ...doc, version: 2, … })` here, and
 * stored logs and old exports keep opening.
 */
const MIGRATIONS: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {};

/** An entry's id: what the device made (hex), kept short so a file cannot smuggle in huge keys. */
const ID = /^[A-Za-z0-9-]{8,64}$/;
/** Entries are validated as written: the future check belongs to typing, not to reading back. */
const NO_LIMIT: LocalDateTime = "9999-12-31T23:59";

export const NOT_OURS = "这个文件不是逾期明白导出的来电记录（JSON），没有导入任何内容。请选择从本页「导出 JSON」保存的文件。";

function readOneEntry(raw: unknown): Entry | null {
  if (typeof raw !== "object" || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === "string" ? v : "");
  if (typeof r.id !== "string" || !ID.test(r.id)) return null;
  if (typeof r.count !== "number" || !Number.isInteger(r.count)) return null;
  const read = readEntry(
    r.id,
    {
      at: str(r.at),
      caller: str(r.caller),
      callerName: str(r.callerName),
      from: str(r.from),
      channel: str(r.channel),
      contacted: str(r.contacted),
      count: String(r.count),
      flags: Array.isArray(r.flags) ? r.flags.filter((f): f is string => typeof f === "string") : [],
      notes: str(r.notes),
    },
    NO_LIMIT,
  );
  return read.ok ? read.entry : null;
}

/** Reads a document (parsed JSON) of any version we know; unknown or damaged entries are counted, not kept. */
export function readLogDocument(json: unknown): ReadLogResult {
  if (typeof json !== "object" || json === null || (json as { format?: unknown }).format !== LOG_FORMAT) return { ok: false, message: NOT_OURS };
  let doc = json as Record<string, unknown>;
  const version = doc.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) return { ok: false, message: NOT_OURS };
  if (version > LOG_VERSION) {
    return { ok: false, message: "这份来电记录由更新版本的逾期明白保存，这个页面还读不了。没有导入或改动任何内容；请刷新页面，更新到最新版本后再试。" };
  }
  for (let v = version; v < LOG_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, message: NOT_OURS };
    doc = step(doc);
  }
  if (!Array.isArray(doc.entries)) return { ok: false, message: NOT_OURS };
  const entries: Entry[] = [];
  let skipped = 0;
  for (const raw of doc.entries) {
    const entry = readOneEntry(raw);
    if (entry) entries.push(entry);
    else skipped += 1;
  }
  return { ok: true, role: doc.role === "contact" ? "contact" : "borrower", entries, skipped };
}

/** Reads the text of a file; a file that is not JSON gets the same message as one that is not ours. */
export function readLogFile(text: string): ReadLogResult {
  try {
    return readLogDocument(JSON.parse(text.replace(/^\uFEFF/, "")));
  } catch {
    return { ok: false, message: NOT_OURS };
  }
}

export function toLogDocument(entries: readonly Entry[], role: Role, exportedAt: LocalDateTime): LogDocument {
  return { format: LOG_FORMAT, version: LOG_VERSION, exportedAt, role, entries: [...entries] };
}

export type MergeResult = {
  /** The entries to add to what is stored; nothing stored is replaced. */
  added: Entry[];
  /** Already here, identical. */
  duplicates: number;
  /** Same id as a stored entry but different content: the stored one is kept. */
  conflicts: number;
};

const sameContent = (a: Entry, b: Entry) => JSON.stringify({ ...a, id: "" }) === JSON.stringify({ ...b, id: "" });

/**
 * What importing `incoming` into `existing` adds. Merging is by id, and an entry with a
 * new id but exactly the content of one already here counts as a duplicate too (the
 * same contact typed on two devices), so importing a file twice adds nothing.
 */
export function mergeEntries(existing: readonly Entry[], incoming: readonly Entry[]): MergeResult {
  const byId = new Map(existing.map((e) => [e.id, e]));
  const contents = new Set(existing.map((e) => JSON.stringify({ ...e, id: "" })));
  const added: Entry[] = [];
  let duplicates = 0;
  let conflicts = 0;
  for (const e of incoming) {
    const here = byId.get(e.id);
    if (here) {
      if (sameContent(here, e)) duplicates += 1;
      else conflicts += 1;
      continue;
    }
    const content = JSON.stringify({ ...e, id: "" });
    if (contents.has(content)) {
      duplicates += 1;
      continue;
    }
    byId.set(e.id, e);
    contents.add(content);
    added.push(e);
  }
  return { added, duplicates, conflicts };
}
