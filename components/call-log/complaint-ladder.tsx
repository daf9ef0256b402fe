"use client";
import { useEffect, useState } from "react";
import { TextActions } from "@/components/plan/text-actions";
import type { NextStepDraft } from "@/lib/call-log/complaint";
import type { Finding } from "@/lib/call-log/check";
import type { Entry } from "@/lib/call-log/entry";
import { COMPLAINT_CHANNEL_LABELS } from "@/lib/call-log/labels";
import { ladderState, readComplaintForm, type ComplaintProblem, type SentComplaint } from "@/lib/call-log/ladder";
import type { Role } from "@/lib/call-log/log-format";
import type { RuleBook } from "@/lib/call-log/rule-book";
import { COMPLAINT_CHANNELS } from "@/lib/schema/call-log";
import { formatChineseDate, type IsoDate } from "@/lib/dates/iso-date";

const button = "min-h-11 rounded-lg border border-accent px-4 font-semibold text-accent";
const input = "mt-1 block min-h-11 w-full rounded-lg border border-line bg-card px-3 py-2";

/**
 * The complaint ladder: the complaints the person sent, kept on this device only when the
 * log is saved; when each answer is due (or that no source we hold gives a period), a
 * calendar reminder, and, once the date passes or the answer is unsatisfactory, the next
 * step drafted from the log. Drafts and the .ics are built by the code loaded on use.
 */
export function ComplaintLadder(props: {
  saving: boolean;
  complaints: readonly SentComplaint[];
  entries: readonly Entry[];
  findings: readonly Finding[];
  book: RuleBook;
  role: Role;
  today: IsoDate;
  newId: () => string;
  onSave: (c: SentComplaint) => void;
  onDelete: (c: SentComplaint) => void;
}) {
  const { today, book } = props;
  const threats = props.entries.some((e) => e.flags.includes("threatened") || e.flags.includes("impersonated-authority"));
  const [form, setForm] = useState({ date: today, channel: "", note: "", remindOn: "" });
  const [problems, setProblems] = useState<ComplaintProblem[]>([]);
  const [status, setStatus] = useState("");
  const [drafts, setDrafts] = useState<Record<string, NextStepDraft[]>>({});

  const states = props.complaints.map((c) => ({ c, s: ladderState(c, today, book.ladder.periods, threats) }));
  const readyKey = states
    .filter(({ s }) => s.ready)
    .map(({ c }) => c.id)
    .join();

  useEffect(() => {
    if (!readyKey) return;
    let live = true;
    void import("@/components/call-log/exporters").then(({ ladderDrafts }) => {
      if (!live) return;
      const out: Record<string, NextStepDraft[]> = {};
      for (const { c, s } of states) if (s.ready) out[c.id] = ladderDrafts(c, s.next, props.entries, props.findings, book, today, props.role);
      setDrafts(out);
    });
    return () => {
      live = false;
    };
    // Redrafted when which complaints are ready, the log or the role changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [readyKey, props.entries, props.findings, props.role, today]);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const read = readComplaintForm(props.newId(), form, today);
    if (!read.ok) {
      setProblems(read.problems);
      return;
    }
    setProblems([]);
    props.onSave(read.complaint);
    setForm({ date: today, channel: "", note: "", remindOn: "" });
    setStatus(`已记下${formatChineseDate(read.complaint.date)}的投诉，保存在本机。`);
  }

  async function downloadIcs(c: SentComplaint, due: IsoDate) {
    const name = (await import("@/components/call-log/exporters")).downloadReminder(c, due, today);
    setStatus(`已生成「${name}」，用手机日历打开就能加上提醒。`);
  }

  const problem = (field: ComplaintProblem["field"]) => problems.find((p) => p.field === field)?.message;
  const aria = (field: ComplaintProblem["field"]) => (problem(field) ? { "aria-invalid": true as const, "aria-describedby": `ladder-${field}-error` } : {});
  const error = (field: ComplaintProblem["field"]) =>
    problem(field) ? (
      <p id={`ladder-${field}-error`} className="mt-1 font-semibold text-error">
        {problem(field)}
      </p>
    ) : null;

  return (
    <section aria-labelledby="ladder" className="space-y-4 print:hidden" data-ladder>
      <h2 id="ladder" className="text-xl font-bold">
        我已经投诉了：记下来，到时候提醒我
      </h2>
      {!props.saving ? (
        <p className="rounded-lg border border-line bg-card p-4">打开上面的「在本机保存记录」后，可以在这里记下您发出的每一次投诉（日期、渠道），到时候提醒您看有没有答复。</p>
      ) : (
        <>
          <p>只保存在这个浏览器里，和来电记录一起导出、导入，不会发送到任何地方。</p>
          <form aria-label="记下一次投诉" noValidate onSubmit={submit} className="space-y-3 rounded-lg border border-line bg-card p-4">
            <div>
              <label htmlFor="ladder-date" className="font-semibold">
                投诉的日期
              </label>
              <input id="ladder-date" type="date" max={today} value={form.date} onChange={(e) => setForm({ ...form, date: e.target.value })} className={input} {...aria("date")} />
              {error("date")}
            </div>
            <fieldset className="space-y-2" {...aria("channel")}>
              <legend className="font-semibold">向哪里投诉的</legend>
              {COMPLAINT_CHANNELS.map((ch) => (
                <label key={ch} className="flex min-h-11 items-center gap-2">
                  <input type="radio" name="ladder-channel" value={ch} checked={form.channel === ch} onChange={() => setForm({ ...form, channel: ch })} className="size-5 accent-(--accent)" />
                  {COMPLAINT_CHANNEL_LABELS[ch]}
                </label>
              ))}
              {error("channel")}
            </fieldset>
            <div>
              <label htmlFor="ladder-note" className="font-semibold">
                备注（选填）：工单号、对方怎么答复
              </label>
              <input id="ladder-note" value={form.note} onChange={(e) => setForm({ ...form, note: e.target.value })} className={input} {...aria("note")} />
              {error("note")}
            </div>
            <div>
              <label htmlFor="ladder-remind" className="font-semibold">
                提醒我的日期（选填）
              </label>
              <p className="text-sm text-muted">{book.ladder.noPeriod}</p>
              <input id="ladder-remind" type="date" value={form.remindOn} onChange={(e) => setForm({ ...form, remindOn: e.target.value })} className={input} {...aria("remindOn")} />
              {error("remindOn")}
            </div>
            <button type="submit" className="min-h-12 rounded-lg bg-accent px-5 py-2.5 font-semibold text-accent-fg hover:bg-accent-strong">
              记下这次投诉
            </button>
          </form>
          <p role="status" className="min-h-6 font-semibold text-accent-strong" data-ladder-status>
            {status}
          </p>
        </>
      )}
      {states.length > 0 ? (
        <ol className="space-y-4">
          {[...states]
            .sort((a, b) => (a.c.date < b.c.date ? 1 : a.c.date > b.c.date ? -1 : 0))
            .map(({ c, s }) => (
              <li key={c.id} className="space-y-2 rounded-lg border border-line bg-card p-4" data-sent-complaint={c.channel}>
                <h3 className="font-bold">
                  {formatChineseDate(c.date)}：{COMPLAINT_CHANNEL_LABELS[c.channel]}
                </h3>
                {c.note ? <p>备注：{c.note}</p> : null}
                <p data-due>
                  {s.dueBy === "source" && s.due && s.period
                    ? `答复期限：${formatChineseDate(s.due)}（依据：${book.sources.find((x) => x.id === s.period?.citation.source)?.title ?? s.period.citation.source}${s.period.citation.where ?? ""}）`
                    : `答复期限：${book.ladder.noPeriod.split("。")[0]}。${s.due ? `您定的提醒日期：${formatChineseDate(s.due)}。` : "您没有定提醒日期。"}`}
                </p>
                <div className="flex flex-wrap gap-2">
                  {s.due ? (
                    <button type="button" className={button} onClick={() => void downloadIcs(c, s.due as IsoDate)}>
                      下载日历提醒（.ics）
                    </button>
                  ) : null}
                  {props.saving && !c.unsatisfied ? (
                    <button type="button" className={button} onClick={() => props.onSave({ ...c, unsatisfied: true })}>
                      答复不满意
                    </button>
                  ) : null}
                  {props.saving ? (
                    <button type="button" className="min-h-11 rounded-lg border-2 border-error px-4 font-semibold text-error" onClick={() => props.onDelete(c)}>
                      删除这条投诉记录
                    </button>
                  ) : null}
                </div>
                {s.ready ? (
                  <div className="space-y-3" data-next-step>
                    <p className="font-semibold">{c.unsatisfied ? "您对答复不满意，" : "提醒日期已过，"}可以走下一步：</p>
                    {s.next.length === 0 ? <p>12378是我们列出的最后一步。如果觉得人身安全受到威胁，请拨打110。</p> : null}
                    {(drafts[c.id] ?? []).map((d) => (
                      <div key={d.step} className="space-y-2" data-draft={d.step}>
                        <h4 className="font-bold">{d.title}</h4>
                        <pre id={`ladder-${c.id}-${d.step}`} tabIndex={0} aria-label={d.title} className="max-h-96 overflow-auto whitespace-pre-wrap rounded-lg border border-line bg-card p-3 font-sans">
                          {d.text}
                        </pre>
                        <TextActions text={d.text} fileName={`下一步-${d.step}.txt`} previewId={`ladder-${c.id}-${d.step}`} />
                      </div>
                    ))}
                  </div>
                ) : null}
              </li>
            ))}
        </ol>
      ) : null}
    </section>
  );
}
