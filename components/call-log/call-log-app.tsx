"use client";
import { useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { DayList } from "@/components/call-log/day-list";
import { EntryForm } from "@/components/call-log/entry-form";
import { LogSummaryView } from "@/components/call-log/log-summary";
import { StorageBox, type StoreState } from "@/components/call-log/storage-box";
import { ExportPanel } from "@/components/call-log/export-panel";
import { ComplaintPanel } from "@/components/call-log/complaint-panel";
import { ComplaintLadder } from "@/components/call-log/complaint-ladder";
import type { SentComplaint } from "@/lib/call-log/ladder";
import { checkLog, type Finding } from "@/lib/call-log/check";
import { draftOf, readEntry, type Draft, type Entry, type EntryProblem } from "@/lib/call-log/entry";
import { localDateTimeOf } from "@/lib/call-log/local-time";
import type { Role } from "@/lib/call-log/log-format";
import { readPrefill } from "@/lib/call-log/prefill";
import type { RuleBook } from "@/lib/call-log/rule-book";
import { summarize } from "@/lib/call-log/summary";
import { DB_NAME } from "@/components/call-log/storage-name";
import { useHydrated } from "@/components/hooks/use-hydrated";
import { useScriptSwitchFragment } from "@/components/hooks/use-script-switch-fragment";

const now = () => localDateTimeOf(new Date());

/** 16 random bytes as hex: made on the device, never derived from the entry. */
function newId(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, "0")).join("");
}

function emptyDraft(role: Role, at: string): Draft {
  return { at, caller: "", callerName: "", from: "", channel: "", contacted: role === "contact" ? "emergency-contact" : "debtor", count: "", calledNumber: "", visitors: "", flags: [], notes: "" };
}

/** Whether the log was turned on before, without loading the storage code when the browser can tell us. */
async function storedLogExists(): Promise<boolean> {
  if (typeof indexedDB === "undefined") return false;
  if (typeof indexedDB.databases === "function") return (await indexedDB.databases()).some((d) => d.name === DB_NAME);
  return (await import("@/components/call-log/storage")).logExists();
}

/**
 * The 来电记录: entry form, the log by day with its findings, summary, exports, import
 * and complaints. Entries live in this component; once the person turns the log on,
 * every change is also written to IndexedDB (components/call-log/storage.ts). The
 * checks are recomputed from the entries and the rule book on every change.
 */
export function CallLogApp({ book }: { book: RuleBook }) {
  useScriptSwitchFragment();
  const hydrated = useHydrated();
  const [store, setStore] = useState<StoreState>("checking");
  const [storeProblem, setStoreProblem] = useState("");
  const [entries, setEntries] = useState<Entry[]>([]);
  /** The complaints the person recorded as sent (the ladder); kept only while the log is saved. */
  const [sent, setSent] = useState<SentComplaint[]>([]);
  const [role, setRole] = useState<Role>("borrower");
  /** What the form resets to after each entry. */
  const [initial, setInitial] = useState<Draft | null>(null);
  /** The first entry pre-filled from /emergency-contact, if any. */
  const [first, setFirst] = useState<Draft | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [editing, setEditing] = useState<Entry | null>(null);
  const [last, setLast] = useState<Entry | null>(null);
  const [status, setStatus] = useState("");
  const editRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    const prefill = readPrefill(window.location.hash);
    (async () => {
      const exists = await storedLogExists().catch(() => false);
      let loadedRole: Role | null = null;
      if (exists) {
        const opened = await (await import("@/components/call-log/storage")).openLog();
        if (!live) return;
        if (opened.ok) {
          setEntries(opened.entries);
          setSent(opened.complaints);
          loadedRole = opened.role;
          setStore("on");
          if (opened.skipped > 0) setStoreProblem(`本机保存的记录里有${opened.skipped}条读不出来，已原样留在本机，没有删除。其余的记录都在下面。`);
        } else {
          setStore("unreadable");
          setStoreProblem(opened.message);
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
      setInitial(draft);
      setFirst(firstDraft);
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

  // The review follows the entries a moment later: a tap answers at once (the status
  // line, the cleared form), and checking and re-listing a long log happens after it.
  const reviewed = useDeferredValue(entries);
  const findings = useMemo(() => checkLog(reviewed, book.rules, book.sources), [reviewed, book]);
  const byEntry = useMemo(() => {
    const map = new Map<string, Finding[]>();
    for (const f of findings) for (const id of f.entryIds) map.set(id, [...(map.get(id) ?? []), f]);
    return map;
  }, [findings]);
  const summary = useMemo(() => summarize(reviewed, findings, book.rules.map((r) => r.id)), [reviewed, findings, book]);

  async function persist(changed: Entry[]) {
    if (store !== "on") return;
    try {
      await (await import("@/components/call-log/storage")).putEntries(changed);
    } catch {
      setStoreProblem("这一条没能存进本机（存储可能已满或被浏览器阻止），它只在本页里。请先导出 JSON 留底。");
    }
  }

  function add(entry: Entry) {
    setEntries((prev) => [...prev, entry]);
    setLast(entry);
    setStatus(`已记下：${entry.at.replace("T", " ")}。${store === "on" ? "已保存在本机。" : "还没有保存在本机，关掉页面就没了。"}`);
    void persist([entry]);
  }

  function submitNew(draft: Draft): EntryProblem[] | null {
    const read = readEntry(newId(), draft, now());
    if (!read.ok) return read.problems;
    add(read.entry);
    return null;
  }

  function repeatLast() {
    if (!last) return;
    // The same caller again: what happened and how many came belong to the earlier contact, not this one.
    add({ ...last, id: newId(), at: now(), flags: [], notes: "", count: 1, visitors: null });
  }

  function submitEdit(draft: Draft): EntryProblem[] | null {
    if (!editing) return null;
    const read = readEntry(editing.id, draft, now());
    if (!read.ok) return read.problems;
    setEntries((prev) => prev.map((e) => (e.id === read.entry.id ? read.entry : e)));
    setEditing(null);
    setStatus("已保存修改。");
    void persist([read.entry]);
    return null;
  }

  async function remove(entry: Entry) {
    if (!window.confirm(`删除 ${entry.at.replace("T", " ")} 这一条记录？删除后不能恢复。`)) return;
    setEntries((prev) => prev.filter((e) => e.id !== entry.id));
    if (last?.id === entry.id) setLast(null);
    setStatus("已删除这一条。");
    if (store === "on") await (await import("@/components/call-log/storage")).deleteEntry(entry.id).catch(() => setStoreProblem("没能从本机删除这一条，请刷新页面后再试。"));
  }

  async function saveComplaint(c: SentComplaint) {
    setSent((prev) => [...prev.filter((x) => x.id !== c.id), c]);
    await (await import("@/components/call-log/storage")).putComplaints([c]).catch(() => setStoreProblem("这次投诉没能存进本机（存储可能已满或被浏览器阻止）。请先导出 JSON 留底。"));
  }

  async function removeComplaint(c: SentComplaint) {
    if (!window.confirm(`删除${c.date}这条投诉记录？删除后不能恢复。`)) return;
    setSent((prev) => prev.filter((x) => x.id !== c.id));
    await (await import("@/components/call-log/storage")).deleteComplaint(c.id).catch(() => setStoreProblem("没能从本机删除这条投诉记录，请刷新页面后再试。"));
  }

  async function turnOn() {
    const ok = await (await import("@/components/call-log/storage")).turnOn(role, entries).catch(() => false);
    if (ok) {
      setStore("on");
      setStatus(`已打开：${entries.length > 0 ? `这${entries.length}条和` : ""}以后的记录会保存在这个浏览器里。`);
    } else setStoreProblem("这个浏览器不允许保存（可能是无痕模式或存储已满）。记录只在本页里，请记得导出。");
  }

  async function deleteEverything() {
    if (!window.confirm("全部删除这个浏览器里的来电记录？删除后不能恢复。需要的话，请先导出。")) return;
    if (store === "on" || store === "unreadable") await (await import("@/components/call-log/storage")).deleteEverything();
    setEntries([]);
    setSent([]);
    setLast(null);
    setEditing(null);
    setStoreProblem("");
    setStore("off");
    setStatus("已全部删除：这个浏览器里不再有任何来电记录。");
  }

  async function changeRole(r: Role) {
    setRole(r);
    setInitial(emptyDraft(r, now()));
    setFirst(null);
    setFormKey((k) => k + 1);
    if (store === "on") await (await import("@/components/call-log/storage")).saveRole(r).catch(() => undefined);
  }

  async function addImported(added: Entry[], fileRole: Role, complaints: SentComplaint[]) {
    setEntries((prev) => [...prev, ...added]);
    setSent((prev) => [...prev, ...complaints]);
    await persist(added);
    if (store === "on" && complaints.length > 0) await (await import("@/components/call-log/storage")).putComplaints(complaints).catch(() => setStoreProblem("导入的投诉记录没能存进本机，它们只在本页里。"));
    if (fileRole !== role) await changeRole(fileRole);
  }

  if (!hydrated || store === "checking" || !initial) {
    return (
      <p role="status" className="rounded-lg border border-line bg-card p-4">
        正在打开来电记录……
      </p>
    );
  }

  const ladder = (
    <ComplaintLadder
      saving={store === "on"}
      complaints={sent}
      entries={reviewed}
      findings={findings}
      book={book}
      role={role}
      today={now().slice(0, 10)}
      newId={newId}
      onSave={(c) => void saveComplaint(c)}
      onDelete={(c) => void removeComplaint(c)}
    />
  );

  // On a phone the form comes first: the role (two chips), then 记一条; storage and the review follow.
  return (
    <div className="space-y-8">
      <fieldset className="space-y-2 print:hidden">
        <legend className="font-semibold">您是</legend>
        <div className="flex flex-wrap gap-2">
          {(["borrower", "contact"] as const).map((r) => (
            <label key={r} className="flex min-h-11 items-center gap-2 rounded-lg border border-line bg-card px-3 has-[:checked]:border-accent has-[:checked]:bg-accent-soft">
              <input type="radio" name="role" value={r} checked={role === r} onChange={() => void changeRole(r)} className="size-5 accent-(--accent)" />
              {r === "borrower" ? "借款人本人" : "被联系的亲友、同事（紧急联系人）"}
            </label>
          ))}
        </div>
      </fieldset>

      <section aria-labelledby="new-entry" className="space-y-4 print:hidden">
        <h2 id="new-entry" className="text-xl font-bold">
          记一条
        </h2>
        <p role="status" className="min-h-6 font-semibold text-accent-strong" data-status>
          {status}
        </p>
        <EntryForm key={formKey} role={role} initial={initial} first={first ?? undefined} editing={false} nowMax={now()} onSubmit={submitNew}>
          {last ? (
            <button type="button" onClick={repeatLast} className="min-h-12 rounded-lg border border-accent px-5 py-2.5 font-semibold text-accent">
              同一号码又来了（现在）
            </button>
          ) : null}
        </EntryForm>
      </section>

      <StorageBox state={store} problem={storeProblem} count={entries.length} onTurnOn={turnOn} onDeleteAll={deleteEverything} />

      {editing ? (
        <section aria-labelledby="edit-entry" className="space-y-4 rounded-lg border-2 border-accent p-4 print:hidden" ref={editRef}>
          <h2 id="edit-entry" tabIndex={-1} className="text-xl font-bold">
            修改 {editing.at.replace("T", " ")} 这一条
          </h2>
          <EntryForm key={editing.id} role={role} initial={draftOf(editing)} editing nowMax={now()} onSubmit={submitEdit} onCancel={() => setEditing(null)} />
        </section>
      ) : null}

      {entries.length > 0 ? (
        <>
          <section aria-labelledby="review" className="space-y-4" data-review>
            <h2 id="review" className="text-xl font-bold">
              按天整理：哪些可能不符合规则
            </h2>
            <p className="hidden print:block">
              本表由记录人根据自己的记录整理，检查依据为各条记录当天有效的规则，仅供参考，不是法律意见。行业自律规则不是法律，是否约束放贷机构尚未核实。
            </p>
            <LogSummaryView summary={summary} book={book} />
            <DayList
              entries={reviewed}
              findings={findings}
              byEntry={byEntry}
              book={book}
              role={role}
              onEdit={(e) => {
                setEditing(e);
                requestAnimationFrame(() => document.getElementById("edit-entry")?.focus());
              }}
              onDelete={(e) => void remove(e)}
            />
          </section>
          <ExportPanel entries={entries} complaints={sent} findings={findings} book={book} role={role} onImported={addImported} />
          <ComplaintPanel entries={entries} findings={findings} book={book} role={role} />
          {ladder}
        </>
      ) : (
        <>
          <p className="rounded-lg border border-line bg-card p-4">还没有记录。记下第一条后，这里会按天列出，并标出可能不符合规则的联系。</p>
          <ExportPanel entries={entries} complaints={sent} findings={findings} book={book} role={role} onImported={addImported} />
          {ladder}
        </>
      )}
    </div>
  );
}
