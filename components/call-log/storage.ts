/**
 * The 来电记录 on this device: IndexedDB through `idb` (a small, well-kept wrapper),
 * loaded only once the log is on or being checked. Nothing here runs until the person
 * turns the log on; until then the database does not exist.
 *
 * Layout (database "yuqi-mingbai-call-log", schema version 2):
 * - store "meta", key "log": { format, version, role } (the stored format's version,
 *   read through the same migrations as an imported file: lib/call-log/log-format.ts);
 * - store "entries", keyPath "id": one record per entry, so adding one entry writes one
 *   record, however long the log;
 * - store "complaints", keyPath "id" (schema 2, log format 3): the complaints the person
 *   recorded as sent (lib/call-log/ladder.ts). Upgrading from schema 1 only adds this
 *   store; "meta" and "entries" are not touched.
 * A record that does not read back is left where it is and counted, never rewritten.
 */
import { deleteDB, openDB, type IDBPDatabase } from "idb";
import type { Entry } from "@/lib/call-log/entry";
import type { SentComplaint } from "@/lib/call-log/ladder";
import { LOG_FORMAT, LOG_VERSION, readLogDocument, type Role } from "@/lib/call-log/log-format";
import { DB_NAME } from "@/components/call-log/storage-name";


const DB_SCHEMA = 2;

type Meta = { format: typeof LOG_FORMAT; version: number; role: Role };

export type OpenedLog =
  | { ok: true; role: Role; entries: Entry[]; complaints: SentComplaint[]; skipped: number }
  | { ok: false; message: string };

let db: IDBPDatabase | null = null;

async function open(create: boolean): Promise<IDBPDatabase | null> {
  if (db) return db;
  try {
    db = await openDB(DB_NAME, DB_SCHEMA, {
      upgrade(database, oldVersion, _newVersion, tx) {
        // Only "turn on" may create the database: a probe that finds none aborts, and an
        // aborted first upgrade leaves no database behind.
        if (oldVersion === 0 && !create) {
          tx.abort();
          return;
        }
        if (oldVersion < 1) {
          database.createObjectStore("meta");
          database.createObjectStore("entries", { keyPath: "id" });
        }
        if (oldVersion < 2) database.createObjectStore("complaints", { keyPath: "id" });
      },
      // Another tab deletes everything: let go of the connection so the delete can finish.
      blocking() {
        db?.close();
        db = null;
      },
    });
    return db;
  } catch {
    db = null;
    return null;
  }
}

/** Whether the log was turned on in this browser; never creates anything. */
export async function logExists(): Promise<boolean> {
  if (typeof indexedDB === "undefined") return false;
  if (typeof indexedDB.databases === "function") return (await indexedDB.databases()).some((d) => d.name === DB_NAME);
  return (await open(false)) !== null;
}

const UNREADABLE = "本机保存的来电记录读不出来（可能被浏览器或其他程序改动过）。我们没有改动或删除任何内容。您可以先导出 JSON 留底，或选择「全部删除」重新开始。";

/** Opens the stored log; a store we cannot read is reported and left untouched. */
export async function openLog(): Promise<OpenedLog> {
  const database = await open(false);
  if (!database) return { ok: false, message: UNREADABLE };
  try {
    const meta = (await database.get("meta", "log")) as Meta | undefined;
    const raw = await database.getAll("entries");
    const complaints = await database.getAll("complaints");
    // The meta's version says how the entries were written; the complaints store is always current.
    const read = readLogDocument({ ...(meta ?? {}), entries: raw, complaints });
    if (!read.ok) return { ok: false, message: meta ? read.message : UNREADABLE };
    return read;
  } catch {
    return { ok: false, message: UNREADABLE };
  }
}

/** Turns the log on: creates the database and saves the entries typed so far. */
export async function turnOn(role: Role, entries: readonly Entry[]): Promise<boolean> {
  const database = await open(true);
  if (!database) return false;
  const tx = database.transaction(["meta", "entries"], "readwrite");
  await Promise.all([
    tx.objectStore("meta").put({ format: LOG_FORMAT, version: LOG_VERSION, role } satisfies Meta, "log"),
    ...entries.map((e) => tx.objectStore("entries").put(e)),
    tx.done,
  ]);
  return true;
}

export async function saveRole(role: Role): Promise<void> {
  const database = await open(false);
  if (!database) return;
  // The stored version stays: it says how the older entries were written, and a version 1
  // entry read as version 3 would not read at all (it has no `visitors`). Entries written
  // since carry every newer field, which the migrations keep as they are.
  const tx = database.transaction("meta", "readwrite");
  const meta = (await tx.store.get("log")) as Partial<Meta> | undefined;
  await Promise.all([tx.store.put({ format: LOG_FORMAT, version: typeof meta?.version === "number" ? meta.version : LOG_VERSION, role } satisfies Meta, "log"), tx.done]);
}

/** Adds or replaces entries (an edit keeps its id). */
export async function putEntries(entries: readonly Entry[]): Promise<void> {
  const database = await open(false);
  if (!database) throw new Error("log is off");
  const tx = database.transaction("entries", "readwrite");
  await Promise.all([...entries.map((e) => tx.store.put(e)), tx.done]);
}

export async function deleteEntry(id: string): Promise<void> {
  const database = await open(false);
  if (!database) throw new Error("log is off");
  await database.delete("entries", id);
}

/** Adds or replaces recorded complaints (marking one unsatisfactory keeps its id). */
export async function putComplaints(complaints: readonly SentComplaint[]): Promise<void> {
  const database = await open(false);
  if (!database) throw new Error("log is off");
  const tx = database.transaction("complaints", "readwrite");
  await Promise.all([...complaints.map((c) => tx.store.put(c)), tx.done]);
}

export async function deleteComplaint(id: string): Promise<void> {
  const database = await open(false);
  if (!database) throw new Error("log is off");
  await database.delete("complaints", id);
}

/** 全部删除: closes the connection and deletes the whole database, so nothing is left. */
export async function deleteEverything(): Promise<void> {
  db?.close();
  db = null;
  await deleteDB(DB_NAME);
}
