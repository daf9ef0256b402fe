"use client";
import { useEffect, useState } from "react";
import { emptyDraft, now } from "@/components/call-log/new-entry";
import type { StoreState } from "@/components/call-log/storage-box";
import { DB_NAME } from "@/components/call-log/storage-name";
import type { Draft, Entry } from "@/lib/call-log/entry";
import type { SentComplaint } from "@/lib/call-log/ladder";
import type { Role } from "@/lib/call-log/log-format";
import { readPrefill } from "@/lib/call-log/prefill";

/** Whether the log was turned on before, without loading the storage code when the browser can tell us. */
async function storedLogExists(): Promise<boolean> {
  if (typeof indexedDB === "undefined") return false;
  if (typeof indexedDB.databases === "function") return (await indexedDB.databases()).some((d) => d.name === DB_NAME);
  return (await import("@/components/call-log/storage")).logExists();
}

const storage = () => import("@/components/call-log/storage");

/**
 * What the new-entry form starts from: `initial`, what it resets to after each entry;
 * `first`, the first entry pre-filled from /emergency-contact, if any; `key`, changed to
 * start the form afresh (a new role).
 */
export type FormStart = { initial: Draft; first: Draft | null; key: number };

/**
 * The 来电记录's entries, sent complaints and role, and every change to them. They live
 * in the page; once the person turns the log on, every change is also written to
 * IndexedDB (components/call-log/storage.ts, loaded only when needed). On opening it reads
 * a stored log, if any, and a pre-fill from /emergency-contact in the fragment.
 * `status` is the line that says what just happened; `problem`, what went wrong with storage.
 */
export function useStoredLog() {
  const [store, setStore] = useState<StoreState>("checking");
  const [problem, setProblem] = useState("");
  const [entries, setEntries] = useState<Entry[]>([]);
  /** The complaints the person recorded as sent (the ladder); kept only while the log is saved. */
  const [sent, setSent] = useState<SentComplaint[]>([]);
  const [role, setRole] = useState<Role>("borrower");
  const [form, setForm] = useState<FormStart | null>(null);
  const [status, setStatus] = useState("");

  useEffect(() => {
    let live = true;
    const prefill = readPrefill(window.location.hash);
    (async () => {
      const exists = await storedLogExists().catch(() => false);
      let loadedRole: Role | null = null;
      if (exists) {
        const opened = await (await storage()).openLog();
        if (!live) return;
        if (opened.ok) {
          setEntries(opened.entries);
          setSent(opened.complaints);
          loadedRole = opened.role;
          setStore("on");
          if (opened.skipped > 0) setProblem(`本机保存的记录里有${opened.skipped}条读不出来，已原样留在本机，没有删除。其余的记录都在下面。`);
        } else {
          setStore("unreadable");
          setProblem(opened.message);
        }
      } else if (live) setStore("off");
      if (!live) return;
      const r = prefill?.role ?? loadedRole ?? "borrower";
      setRole(r);
      const draft = emptyDraft(r, now());
      let firstDraft: Draft | null = null;
      if (prefill) {
        draft.caller = prefill.caller ?? "";
        draft.channel = "call-answered";
        // Only the first entry carries her answers; the form resets to `initial` after it.
        firstDraft = { ...draft, flags: prefill.flags, count: prefill.count ? String(prefill.count) : "" };
        if (prefill.atNight) setStatus("已按您在紧急联系人页面的回答填好了一条记录。您选了「晚上」：请把时间改成来电的实际时间，再保存。");
        else setStatus("已按您在紧急联系人页面的回答填好了一条记录。请核对时间，再保存。");
      }
      setForm({ initial: draft, first: firstDraft, key: 0 });
    })();
    // Fetch the code for storage, exports and complaints once the page is idle, so they
    // work later even if the network is gone. Loading code stores nothing.
    const idle = window.setTimeout(() => {
      void import("@/components/call-log/storage");
      void import("@/components/call-log/exporters");
    }, 1500);
    return () => {
      live = false;
      window.clearTimeout(idle);
    };
  }, []);

  async function persist(changed: Entry[]) {
    if (store !== "on") return;
    try {
      await (await storage()).putEntries(changed);
    } catch {
      setProblem("这一条没能存进本机（存储可能已满或被浏览器阻止），它只在本页里。请先导出 JSON 留底。");
    }
  }

  function add(entry: Entry) {
    setEntries((prev) => [...prev, entry]);
    setStatus(`已记下：${entry.at.replace("T", " ")}。${store === "on" ? "已保存在本机。" : "还没有保存在本机，关掉页面就没了。"}`);
    void persist([entry]);
  }

  function replace(entry: Entry) {
    setEntries((prev) => prev.map((e) => (e.id === entry.id ? entry : e)));
    setStatus("已保存修改。");
    void persist([entry]);
  }

  async function remove(entry: Entry) {
    setEntries((prev) => prev.filter((e) => e.id !== entry.id));
    setStatus("已删除这一条。");
    if (store === "on") await (await storage()).deleteEntry(entry.id).catch(() => setProblem("没能从本机删除这一条，请刷新页面后再试。"));
  }

  async function saveComplaint(c: SentComplaint) {
    setSent((prev) => [...prev.filter((x) => x.id !== c.id), c]);
    await (await storage()).putComplaints([c]).catch(() => setProblem("这次投诉没能存进本机（存储可能已满或被浏览器阻止）。请先导出 JSON 留底。"));
  }

  async function removeComplaint(c: SentComplaint) {
    setSent((prev) => prev.filter((x) => x.id !== c.id));
    await (await storage()).deleteComplaint(c.id).catch(() => setProblem("没能从本机删除这条投诉记录，请刷新页面后再试。"));
  }

  async function turnOn() {
    const ok = await (await storage()).turnOn(role, entries).catch(() => false);
    if (ok) {
      setStore("on");
      setStatus(`已打开：${entries.length > 0 ? `这${entries.length}条和` : ""}以后的记录会保存在这个浏览器里。`);
    } else setProblem("这个浏览器不允许保存（可能是无痕模式或存储已满）。记录只在本页里，请记得导出。");
  }

  async function deleteEverything() {
    if (store === "on" || store === "unreadable") await (await storage()).deleteEverything();
    setEntries([]);
    setSent([]);
    setProblem("");
    setStore("off");
    setStatus("已全部删除：这个浏览器里不再有任何来电记录。");
  }

  async function changeRole(r: Role) {
    setRole(r);
    setForm((f) => ({ initial: emptyDraft(r, now()), first: null, key: (f?.key ?? 0) + 1 }));
    if (store === "on") await (await storage()).saveRole(r).catch(() => undefined);
  }

  /** Entries and complaints read from a file (ExportPanel), added to the log; the file's role becomes the page's. */
  async function addImported(added: Entry[], fileRole: Role, complaints: SentComplaint[]) {
    setEntries((prev) => [...prev, ...added]);
    setSent((prev) => [...prev, ...complaints]);
    await persist(added);
    if (store === "on" && complaints.length > 0) await (await storage()).putComplaints(complaints).catch(() => setProblem("导入的投诉记录没能存进本机，它们只在本页里。"));
    if (fileRole !== role) await changeRole(fileRole);
  }

  return { store, problem, entries, sent, role, form, status, add, replace, remove, saveComplaint, removeComplaint, turnOn, deleteEverything, changeRole, addImported };
}
