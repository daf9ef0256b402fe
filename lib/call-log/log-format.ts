/**
 * The 来电记录 as a file and as stored: a versioned document (docs/call-log-format.md).
 * Reading it never throws: a file that is not ours, a newer version or a
 * damaged entry comes back as a Chinese message, and whatever is already stored is
 * not touched by the reader (merging is a separate, additive step).
 *
 * Entries are checked by `readEntry`, the same function the form uses, so a stored or
 * imported entry obeys exactly the rules of a typed one (and no schema library has to
 * ship to the phone for it).
 */
import { readEntry, type Entry } from "@/lib/call-log/entry";
import { readSentComplaint, type SentComplaint } from "@/lib/call-log/ladder";
import type { LocalDateTime } from "@/lib/call-log/local-time";
import type { Role } from "@/lib/schema/call-log";

export const LOG_FORMAT = "yuqi-mingbai-call-log";
export const LOG_VERSION = 3;

export type { Role };

export type LogDocument = {
  format: typeof LOG_FORMAT;
  version: typeof LOG_VERSION;
  /** When the file was written, on the device's clock. */
  exportedAt: LocalDateTime;
  role: Role;
  entries: Entry[];
  /** (version 3) the complaints the person recorded as sent: lib/call-log/ladder.ts. */
  complaints: SentComplaint[];
};

export type ReadLogResult =
  /** `damaged`: our file, but cut short or broken; `entries` are the ones still readable from it. */
  | { ok: true; role: Role; entries: Entry[]; complaints: SentComplaint[]; skipped: number; damaged: boolean }
  | { ok: false; message: string };

/**
 * Upgrades from each older version to the next, keyed by the version they read, so
 * stored logs and old exports keep opening. 1 → 2: every entry gains `calledNumber`
 * ("" = not recorded) and `visitors` (null = not recorded); nothing else changes.
 * 2 → 3: the document gains `complaints`, empty.
 */
const MIGRATIONS: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {
  1: (doc) => ({
    ...doc,
    version: 2,
    entries: Array.isArray(doc.entries)
      ? doc.entries.map((e: unknown) => (typeof e === "object" && e !== null ? { calledNumber: "", visitors: null, ...e } : e))
      : doc.entries,
  }),
  // A stored log keeps complaints in their own store, always current: keep them if given.
  2: (doc) => ({ ...doc, version: 3, complaints: Array.isArray(doc.complaints) ? doc.complaints : [] }),
};

/** An entry's id: what the device made (hex), kept short so a file cannot smuggle in huge keys. */
const ID = /^[A-Za-z0-9-]{8,64}$/;
/** Entries are validated as written: the future check belongs to typing, not to reading back. */
const NO_LIMIT: LocalDateTime = "9999-12-31T23:59";

export const NOT_OURS = "这个文件不是逾期明白导出的来电记录（JSON），没有导入任何内容。请选择从本页「导出 JSON」保存的文件。";
export const NEWER_VERSION = "这份来电记录由更新版本的逾期明白保存，这个页面还读不了。没有导入或改动任何内容；请刷新页面，更新到最新版本后再试。";

function readOneEntry(raw: unknown): Entry | null {
  if (typeof raw !== "object" || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === "string" ? v : "");
  if (typeof r.id !== "string" || !ID.test(r.id)) return null;
  if (typeof r.count !== "number" || !Number.isInteger(r.count)) return null;
  if (r.visitors !== null && (typeof r.visitors !== "number" || !Number.isInteger(r.visitors))) return null;
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
      calledNumber: str(r.calledNumber),
      visitors: r.visitors === null ? "" : String(r.visitors),
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
  if (version > LOG_VERSION) return { ok: false, message: NEWER_VERSION };
  for (let v = version; v < LOG_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, message: NOT_OURS };
    doc = step(doc);
  }
  const role: Role = doc.role === "contact" ? "contact" : "borrower";
  // Our format, but no list of entries: a damaged file with nothing readable.
  const complaints: SentComplaint[] = [];
  let skipped = 0;
  for (const raw of Array.isArray(doc.complaints) ? doc.complaints : []) {
    const complaint = readSentComplaint(raw);
    if (complaint) complaints.push(complaint);
    else skipped += 1;
  }
  if (!Array.isArray(doc.entries)) return { ok: true, role, entries: [], complaints, skipped, damaged: true };
  const entries: Entry[] = [];
  for (const raw of doc.entries) {
    const entry = readOneEntry(raw);
    if (entry) entries.push(entry);
    else skipped += 1;
  }
  return { ok: true, role, entries, complaints, skipped, damaged: false };
}

/** Our format's name at the start of a file, even when the rest is cut off. */
const OUR_HEADER = new RegExp(`^\\s*\\{\\s*"format"\\s*:\\s*"${LOG_FORMAT}"`);

/**
 * The complete `{…}` objects after `"entries": [` in a cut-off file, in order. A small
 * scanner (strings and escapes aware) rather than a lenient-JSON library: it ships with
 * the import code, and only this one repair is needed.
 */
function completeEntryObjects(text: string): unknown[] {
  const start = /"entries"\s*:\s*\[/.exec(text);
  if (!start) return [];
  const found: unknown[] = [];
  let depth = 0;
  let from = -1;
  let inString = false;
  for (let i = start.index + start[0].length; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i += 1;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{") {
      if (depth === 0) from = i;
      depth += 1;
    } else if (c === "}") {
      depth -= 1;
      if (depth === 0) {
        try {
          found.push(JSON.parse(text.slice(from, i + 1)));
        } catch {
          // not a whole entry; the count of unreadable ones cannot be known in a cut file
        }
      } else if (depth < 0) break;
    } else if (c === "]" && depth === 0) break;
  }
  return found;
}

/**
 * Reads the text of a file. Three different answers when it cannot be read as it is: not
 * our file; our file but damaged (the entries still readable from it are returned, with
 * `damaged`); written by a newer version.
 */
export function readLogFile(text: string): ReadLogResult {
  const clean = text.replace(/^\uFEFF/, "");
  let json: unknown;
  try {
    json = JSON.parse(clean);
  } catch {
    if (!OUR_HEADER.test(clean)) return { ok: false, message: NOT_OURS };
    const version = /"version"\s*:\s*(\d+)/.exec(clean);
    const v = version ? Number(version[1]) : 1;
    if (v > LOG_VERSION) return { ok: false, message: NEWER_VERSION };
    const role = /"role"\s*:\s*"contact"/.test(clean) ? "contact" : "borrower";
    const read = readLogDocument({ format: LOG_FORMAT, version: v >= 1 ? v : 1, role, entries: completeEntryObjects(clean) });
    return read.ok ? { ...read, damaged: true } : read;
  }
  return readLogDocument(json);
}

/** What an import says, in one sentence per part. */
export function importMessage(read: Extract<ReadLogResult, { ok: true }>, merged: MergeResult): string {
  const parts: string[] = [];
  if (read.damaged) parts.push(`这个文件是逾期明白导出的来电记录，但已经损坏（可能没有完整保存或传输），只读出了${read.entries.length}条`);
  parts.push(`导入了${merged.added.length}条新记录`);
  if (merged.duplicates > 0) parts.push(`${merged.duplicates}条本机已经有了（编号相同），跳过`);
  if (merged.conflicts > 0) parts.push(`${merged.conflicts}条和本机的记录编号相同但内容不同，保留了本机的版本`);
  if (read.skipped > 0) parts.push(`${read.skipped}条无法读取，没有导入`);
  return `${parts.join("；")}。`;
}

export function toLogDocument(entries: readonly Entry[], role: Role, exportedAt: LocalDateTime, complaints: readonly SentComplaint[] = []): LogDocument {
  return { format: LOG_FORMAT, version: LOG_VERSION, exportedAt, role, entries: [...entries], complaints: [...complaints] };
}

export type MergeResult = {
  /** The entries to add to what is stored; nothing stored is replaced. */
  added: Entry[];
  /** Already here (same id), identical. */
  duplicates: number;
  /** Same id as a stored entry but different content: the stored one is kept. */
  conflicts: number;
};

const sameContent = (a: Entry, b: Entry) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What importing `incoming` into `existing` adds. Merging is by id only: importing a
 * file twice adds nothing, and an entry with a new id is kept even when its content is
 * the same as another's (two identical missed calls a minute apart are two calls).
 */
export function mergeEntries(existing: readonly Entry[], incoming: readonly Entry[]): MergeResult {
  const byId = new Map(existing.map((e) => [e.id, e]));
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
    byId.set(e.id, e);
    added.push(e);
  }
  return { added, duplicates, conflicts };
}
