"use client";
import { useMemo, useState } from "react";
import { FindingCard } from "@/components/call-log/finding-card";
import type { Finding } from "@/lib/call-log/check";
import type { Entry } from "@/lib/call-log/entry";
import { CALLER_LABELS, CHANNEL_LABELS, FLAG_LABELS, contactedLabel } from "@/lib/call-log/labels";
import { dayOf } from "@/lib/call-log/local-time";
import type { Role } from "@/lib/call-log/log-format";
import type { RuleBook } from "@/lib/call-log/rule-book";
import { formatChineseDate, type IsoDate } from "@/lib/dates/iso-date";

/** Days shown at first and per "更早" press: a long log renders a page at a time, so the page stays quick. */
const DAYS_PER_PAGE = 14;

/** A finding about one entry has that entry's id as its subject; a daily count has another subject. */
const isEntryFinding = (f: Finding) => f.subject === f.entryIds[0];

type Day = { day: IsoDate; entries: Entry[]; dayFindings: Finding[] };

function groupByDay(entries: readonly Entry[], findings: readonly Finding[]): Day[] {
  const days = new Map<IsoDate, Day>();
  const sorted = [...entries].sort((a, b) => (a.at > b.at ? -1 : a.at < b.at ? 1 : 0));
  for (const e of sorted) {
    const day = dayOf(e.at);
    const d = days.get(day) ?? { day, entries: [], dayFindings: [] };
    d.entries.push(e);
    days.set(day, d);
  }
  for (const f of findings) if (!isEntryFinding(f)) days.get(f.day)?.dayFindings.push(f);
  return [...days.values()];
}

/**
 * The log by day, newest first: each entry with its own findings, each day with the
 * findings about the whole day (daily limits). Printed, this is the evidence timeline.
 */
export function DayList(props: {
  entries: readonly Entry[];
  findings: readonly Finding[];
  byEntry: ReadonlyMap<string, Finding[]>;
  book: RuleBook;
  role: Role;
  onEdit: (entry: Entry) => void;
  onDelete: (entry: Entry) => void;
}) {
  const [pages, setPages] = useState(1);
  const days = useMemo(() => groupByDay(props.entries, props.findings), [props.entries, props.findings]);
  const shown = days.slice(0, pages * DAYS_PER_PAGE);
  return (
    <div className="space-y-6">
      <ol className="space-y-6">
        {shown.map((d) => (
          <li key={d.day} className="print-avoid-break space-y-3" data-day={d.day}>
            <h3 className="border-b border-line pb-1 text-lg font-bold">
              {formatChineseDate(d.day)}
              <span className="ml-2 text-base font-normal text-muted">{d.entries.reduce((n, e) => n + e.count, 0)}次联系</span>
            </h3>
            {d.dayFindings.map((f) => (
              <FindingCard key={`${f.rule}-${f.subject}`} finding={f} book={props.book} flags={[]} atDoor={false} />
            ))}
            <ul className="space-y-3">
              {d.entries.map((e) => (
                <li key={e.id} className="space-y-2 rounded-lg border border-line bg-card p-3" data-entry={e.id}>
                  <p>
                    <strong>{e.at.slice(11)}</strong> {CHANNEL_LABELS[e.channel]}
                    {e.count > 1 ? ` ×${e.count}` : ""}，{CALLER_LABELS[e.caller]}
                    {e.callerName ? `（${e.callerName}）` : ""} → {contactedLabel(e.contacted, props.role)}
                  </p>
                  {e.from ? <p className="text-sm">号码或账号：{e.from}</p> : null}
                  {e.calledNumber ? <p className="text-sm">打到的号码：{e.calledNumber}</p> : null}
                  {e.visitors !== null ? <p className="text-sm">上门人数：{e.visitors}人</p> : null}
                  {e.flags.length > 0 ? <p className="text-sm">{e.flags.map((f) => FLAG_LABELS[f]).join("；")}</p> : null}
                  {e.notes ? <p className="whitespace-pre-line text-sm">备注：{e.notes}</p> : null}
                  {(props.byEntry.get(e.id) ?? [])
                    .filter(isEntryFinding)
                    .map((f) => (
                      <FindingCard key={f.rule} finding={f} book={props.book} flags={e.flags} atDoor={e.channel === "visit" || e.flags.includes("came-to-door")} />
                    ))}
                  <div className="flex gap-2 print:hidden">
                    <button type="button" onClick={() => props.onEdit(e)} className="min-h-11 rounded-lg border border-line px-4">
                      修改<span className="sr-only">{` ${formatChineseDate(d.day)} ${e.at.slice(11)} 这一条`}</span>
                    </button>
                    <button type="button" onClick={() => props.onDelete(e)} className="min-h-11 rounded-lg border border-line px-4">
                      删除<span className="sr-only">{` ${formatChineseDate(d.day)} ${e.at.slice(11)} 这一条`}</span>
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {days.length > shown.length ? (
        <button type="button" onClick={() => setPages((p) => p + 1)} className="min-h-11 rounded-lg border border-line bg-card px-4 print:hidden">
          显示更早的记录（还有{days.length - shown.length}天）
        </button>
      ) : null}
    </div>
  );
}
