"use client";
import { useRef, useState } from "react";
import { DayList } from "@/components/call-log/day-list";
import { EntryForm } from "@/components/call-log/entry-form";
import { LogSummaryView } from "@/components/call-log/log-summary";
import { StorageBox } from "@/components/call-log/storage-box";
import { ExportPanel } from "@/components/call-log/export-panel";
import { ComplaintPanel } from "@/components/call-log/complaint-panel";
import { ComplaintLadder } from "@/components/call-log/complaint-ladder";
import { newId, now } from "@/components/call-log/new-entry";
import { RoleChoice } from "@/components/call-log/role-choice";
import { useReview } from "@/components/call-log/use-review";
import { useStoredLog } from "@/components/call-log/use-stored-log";
import { draftOf, readEntry, type Draft, type Entry, type EntryProblem } from "@/lib/call-log/entry";
import type { SentComplaint } from "@/lib/call-log/ladder";
import type { RuleBook } from "@/lib/call-log/rule-book";
import { useHydrated } from "@/components/hooks/use-hydrated";
import { useScriptSwitchFragment } from "@/components/hooks/use-script-switch-fragment";

/**
 * The 来电记录: entry form, the log by day with its findings, summary, exports, import
 * and complaints. The log and its storage are `useStoredLog` (use-stored-log.ts); the
 * checks, recomputed from the entries and the rule book on every change, are `useReview`.
 * This component holds only what the page shows: which entry is being edited, and the
 * last one added (for 「同一号码又来了」).
 */
export function CallLogApp({ book }: { book: RuleBook }) {
  useScriptSwitchFragment();
  const hydrated = useHydrated();
  const log = useStoredLog();
  const { store, entries, sent, role, form } = log;
  const [editing, setEditing] = useState<Entry | null>(null);
  const [last, setLast] = useState<Entry | null>(null);
  const editRef = useRef<HTMLDivElement>(null);
  const { reviewed, findings, byEntry, summary } = useReview(entries, book);

  function add(entry: Entry) {
    log.add(entry);
    setLast(entry);
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
    log.replace(read.entry);
    setEditing(null);
    return null;
  }

  async function remove(entry: Entry) {
    if (!window.confirm(`删除 ${entry.at.replace("T", " ")} 这一条记录？删除后不能恢复。`)) return;
    if (last?.id === entry.id) setLast(null);
    await log.remove(entry);
  }

  async function removeComplaint(c: SentComplaint) {
    if (!window.confirm(`删除${c.date}这条投诉记录？删除后不能恢复。`)) return;
    await log.removeComplaint(c);
  }

  async function deleteEverything() {
    if (!window.confirm("全部删除这个浏览器里的来电记录？删除后不能恢复。需要的话，请先导出。")) return;
    await log.deleteEverything();
    setLast(null);
    setEditing(null);
  }

  if (!hydrated || store === "checking" || !form) {
    // As tall as the screen, so the log does not push the text below it down in view.
    return (
      <div className="min-h-svh">
        <p role="status" className="rounded-lg border border-line bg-card p-4">
          正在打开来电记录……
        </p>
      </div>
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
      onSave={(c) => void log.saveComplaint(c)}
      onDelete={(c) => void removeComplaint(c)}
    />
  );

  // On a phone the form comes first: the role (two chips), then 记一条; storage and the review follow.
  return (
    <div className="space-y-8">
      <RoleChoice role={role} onChange={(r) => void log.changeRole(r)} />

      <section aria-labelledby="new-entry" className="space-y-4 print:hidden">
        <h2 id="new-entry" className="text-xl font-bold">
          记一条
        </h2>
        <p role="status" className="min-h-6 font-semibold text-accent-strong" data-status>
          {log.status}
        </p>
        <EntryForm key={form.key} role={role} initial={form.initial} first={form.first ?? undefined} editing={false} nowMax={now()} onSubmit={submitNew}>
          {last ? (
            <button type="button" onClick={repeatLast} className="min-h-12 rounded-lg border border-accent px-5 py-2.5 font-semibold text-accent">
              同一号码又来了（现在）
            </button>
          ) : null}
        </EntryForm>
      </section>

      <StorageBox state={store} problem={log.problem} count={entries.length} onTurnOn={log.turnOn} onDeleteAll={deleteEverything} />

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
          <ExportPanel entries={entries} complaints={sent} findings={findings} book={book} role={role} onImported={log.addImported} />
          <ComplaintPanel entries={entries} findings={findings} book={book} role={role} />
          {ladder}
        </>
      ) : (
        <>
          <p className="rounded-lg border border-line bg-card p-4">还没有记录。记下第一条后，这里会按天列出，并标出可能不符合规则的联系。</p>
          <ExportPanel entries={entries} complaints={sent} findings={findings} book={book} role={role} onImported={log.addImported} />
          {ladder}
        </>
      )}
    </div>
  );
}
