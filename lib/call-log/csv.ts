/**
 * The log as CSV for WPS and Excel. Both read a CSV as the system's legacy code page
 * (GBK on Chinese Windows) unless it starts with a UTF-8 byte-order mark, so the BOM
 * is what makes the Chinese readable. Rows end in CRLF, as RFC 4180 says.
 *
 * Written by hand: escaping is a dozen lines, and a CSV library would only add bytes to
 * the phone for it (the tests read the output back with papaparse).
 */
import type { Finding } from "@/lib/call-log/check";
import type { Entry } from "@/lib/call-log/entry";
import { findingLine } from "@/lib/call-log/finding-text";
import { CALLER_LABELS, CHANNEL_LABELS, CONTACTED_LABELS, FLAG_LABELS } from "@/lib/call-log/labels";
import { dayOf } from "@/lib/call-log/local-time";
import type { RuleBook } from "@/lib/call-log/rule-book";

export const CSV_BOM = "\uFEFF";
/** Columns that hold phone numbers (see the tab below). */
const NUMBER_COLUMNS = new Set([4, 11]);
export const CSV_HEADER = ["日期", "时间", "谁联系的", "机构名称", "号码或账号", "方式", "联系了谁", "次数", "发生了什么", "备注", "可能不符合的规则", "打到的号码", "上门人数"] as const;

/**
 * A cell quoted when it holds a separator, quote or line break. A cell that starts like
 * a formula (= + - @) gets a leading apostrophe, so a spreadsheet shows the text
 * instead of running it (a number such as "-" typed in notes stays harmless).
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(entries: readonly Entry[], findings: readonly Finding[], book: RuleBook): string {
  const byEntry = new Map<string, Finding[]>();
  for (const f of findings) for (const id of f.entryIds) byEntry.set(id, [...(byEntry.get(id) ?? []), f]);
  const sorted = [...entries].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
  const rows = sorted.map((e) => [
    dayOf(e.at),
    e.at.slice(11),
    CALLER_LABELS[e.caller],
    e.callerName,
    e.from,
    CHANNEL_LABELS[e.channel],
    CONTACTED_LABELS[e.contacted],
    String(e.count),
    e.flags.map((f) => FLAG_LABELS[f]).join("；"),
    e.notes,
    (byEntry.get(e.id) ?? []).map((f) => findingLine(f, book, e.flags)).join("\n"),
    e.calledNumber,
    e.visitors === null ? "" : String(e.visitors),
  ]);
  const lines = rows.map((r) =>
    r
      // A long digit string gets a leading tab (after the formula guard, digits need none):
      // Excel and WPS would otherwise show 13800000000 as 1.38E+10.
      .map((cell, i) => (NUMBER_COLUMNS.has(i) && /^\+?\d{8,}$/.test(cell) ? `\t${cell}` : csvCell(cell)))
      .join(","),
  );
  return CSV_BOM + [CSV_HEADER.map(csvCell).join(","), ...lines].join("\r\n") + "\r\n";
}
