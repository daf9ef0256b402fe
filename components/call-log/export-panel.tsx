"use client";
import { useRef, useState } from "react";
import type { Finding } from "@/lib/call-log/check";
import type { Entry } from "@/lib/call-log/entry";
import type { SentComplaint } from "@/lib/call-log/ladder";
import { localDateTimeOf } from "@/lib/call-log/local-time";
import type { Role } from "@/lib/call-log/log-format";
import type { RuleBook } from "@/lib/call-log/rule-book";

const button = "min-h-11 rounded-lg border border-accent px-4 font-semibold text-accent";
const MAX_FILE_BYTES = 20_000_000;

/** Export (CSV for spreadsheets, JSON to keep and import), import that merges, and print. */
export function ExportPanel(props: {
  entries: readonly Entry[];
  complaints: readonly SentComplaint[];
  findings: readonly Finding[];
  book: RuleBook;
  role: Role;
  /** The new entries, and the role the file was kept as (restored on this device). */
  onImported: (added: Entry[], role: Role, complaints: SentComplaint[]) => Promise<void>;
}) {
  const [status, setStatus] = useState("");
  const [problem, setProblem] = useState("");
  const fileRef = useRef<HTMLInputElement>(null);
  const load = () => import("@/components/call-log/exporters");
  const now = () => localDateTimeOf(new Date());

  async function exportCsv() {
    const name = (await load()).downloadCsv(props.entries, props.findings, props.book, now().slice(0, 10));
    setStatus(`已生成「${name}」，在浏览器的下载里可以找到。用 WPS 或 Excel 打开即可。`);
  }
  async function exportJson() {
    const name = (await load()).downloadJson(props.entries, props.role, now(), props.complaints);
    setStatus(`已生成「${name}」。这是完整的副本，以后可以在这里导入。`);
  }
  async function importFile(file: File | undefined) {
    setProblem("");
    setStatus("");
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setProblem("文件太大，不像是来电记录，没有导入任何内容。");
      return;
    }
    const { readLogFile, mergeEntries, mergeComplaints, importMessage } = await load();
    const read = readLogFile(await file.text());
    if (fileRef.current) fileRef.current.value = "";
    if (!read.ok) {
      setProblem(read.message);
      return;
    }
    const merged = mergeEntries(props.entries, read.entries);
    const complaints = mergeComplaints(props.complaints, read.complaints);
    await props.onImported(merged.added, read.role, complaints);
    const roleNote = read.role !== props.role ? `「您是」已按文件改为「${read.role === "contact" ? "被联系的亲友、同事" : "借款人本人"}」。` : "";
    setStatus(`${importMessage(read, merged)}${complaints.length > 0 ? `另导入了${complaints.length}条投诉记录。` : ""}${roleNote}`);
  }

  return (
    <section aria-labelledby="export" className="space-y-3 print:hidden">
      <h2 id="export" className="text-xl font-bold">
        导出、打印、导入
      </h2>
      <p>导出的文件只在您的设备上生成，不经过任何服务器。CSV 可以用 WPS、Excel 打开，附在投诉里；JSON 是完整副本，可以换设备后导入。</p>
      <div className="flex flex-wrap gap-2">
        {props.entries.length > 0 || props.complaints.length > 0 ? (
          <>
            <button type="button" onClick={() => void exportCsv()} className={button}>
              导出表格（CSV）
            </button>
            <button type="button" onClick={() => void exportJson()} className={button}>
              导出 JSON
            </button>
            <button type="button" onClick={() => window.print()} className={button}>
              打印或存为 PDF
            </button>
          </>
        ) : null}
      </div>
      <div>
        <label htmlFor="import-file" className="font-semibold">
          导入之前导出的 JSON
        </label>
        <p className="text-sm text-muted">会和现有记录合并：编号相同的跳过，不会覆盖或删除现有记录。</p>
        <input
          ref={fileRef}
          id="import-file"
          type="file"
          accept="application/json,.json"
          onChange={(e) => void importFile(e.target.files?.[0])}
          className="mt-1 block min-h-11 w-full rounded-lg border border-line bg-card px-3 py-2"
        />
      </div>
      {problem ? (
        <p role="alert" className="rounded-lg border-2 border-error bg-error-soft p-3">
          {problem}
        </p>
      ) : null}
      <p role="status" className="min-h-6" data-export-status>
        {status}
      </p>
    </section>
  );
}
