"use client";
import { useId, useRef, useState, type ReactNode } from "react";
import type { Draft, EntryField, EntryProblem } from "@/lib/call-log/entry";
import { MAX_COUNT } from "@/lib/call-log/entry";
import { CALLER_LABELS, CHANNEL_LABELS, FLAG_LABELS, contactedLabel } from "@/lib/call-log/labels";
import type { Role } from "@/lib/call-log/log-format";
import { CALLERS, CHANNELS, CONTACTED, FLAGS } from "@/lib/schema/call-log";
import { CHIP, ChoiceGroup } from "@/components/choice-group";
import { FieldError } from "@/components/situation-form/field-message";

const input = "mt-1 block min-h-11 w-full rounded-lg border border-line bg-card px-3 py-2 aria-invalid:border-error";

/** Which element an error link focuses. */
const FIRST_INPUT: Record<EntryField, string> = {
  at: "at",
  caller: `caller-${CALLERS[0]}`,
  callerName: "callerName",
  from: "from",
  channel: `channel-${CHANNELS[0]}`,
  contacted: `contacted-${CONTACTED[0]}`,
  count: "count",
  calledNumber: "calledNumber",
  visitors: "visitors",
  flags: `flag-${FLAGS[0]}`,
  notes: "notes",
};

function Choices<T extends string>(props: {
  prefix: string;
  name: EntryField;
  legend: string;
  values: readonly T[];
  label: (v: T) => string;
  value: string;
  onChange: (v: T) => void;
  error: string | undefined;
}) {
  return (
    <ChoiceGroup
      look="chip"
      name={`${props.prefix}${props.name}`}
      idOf={(v) => `${props.prefix}${props.name}-${v}`}
      errorId={`${props.prefix}-${props.name}-error`}
      legend={props.legend}
      choices={props.values.map((v) => ({ value: v, label: props.label(v) }))}
      value={props.value}
      onChange={props.onChange}
      error={props.error}
    />
  );
}

/**
 * One entry: a few taps (how, who, to whom), the time already set to now. The problems
 * come from `readEntry` (lib/call-log/entry.ts), gathered at the top and beside each
 * field; the summary takes the focus so a screen reader hears what to fix.
 */
export function EntryForm(props: {
  role: Role;
  /** What the form goes back to after each entry (time, who and to whom are kept). */
  initial: Draft;
  /** What the form shows first, when it differs from `initial` (a pre-filled first entry). */
  first?: Draft;
  editing: boolean;
  nowMax: string;
  onSubmit: (draft: Draft) => EntryProblem[] | null;
  onCancel?: () => void;
  children?: ReactNode;
}) {
  const [draft, setDraft] = useState<Draft>(props.first ?? props.initial);
  const [problems, setProblems] = useState<EntryProblem[]>([]);
  const summaryRef = useRef<HTMLDivElement>(null);
  const uid = useId().replace(/:/g, "");
  const prefix = props.editing ? `edit${uid}-` : "";
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const error = (field: EntryField) => problems.find((p) => p.field === field)?.message;
  const aria = (field: EntryField) => (error(field) ? { "aria-invalid": true as const, "aria-describedby": `${prefix}-${field}-error` } : {});

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const found = props.onSubmit(draft);
    setProblems(found ?? []);
    if (found && found.length > 0) requestAnimationFrame(() => summaryRef.current?.focus());
    // Boxes, count, numbers and notes start empty again: each entry says only what happened then.
    else if (!props.editing) setDraft((d) => ({ ...props.initial, at: d.at, caller: d.caller, contacted: d.contacted }));
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-5" aria-label={props.editing ? "修改这条记录" : "记一条新记录"}>
      {problems.length > 0 ? (
        <div ref={summaryRef} tabIndex={-1} role="alert" className="rounded-lg border-2 border-error bg-error-soft p-4">
          <p className="font-semibold">还不能保存：请改正下面{problems.length > 1 ? `${problems.length}处` : "这一处"}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {problems.map((p) => (
              <li key={p.field}>
                <a href={`#${prefix}${FIRST_INPUT[p.field]}`} className="text-error underline">
                  {p.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <div>
        <label htmlFor={`${prefix}at`} className="font-semibold">
          什么时候
        </label>
        <p className="text-sm text-muted">已填好现在的时间；不是刚才的联系，请改成当时的日期和时间。</p>
        <FieldError id={`${prefix}-at-error`} message={error("at")} />
        <input id={`${prefix}at`} type="datetime-local" step={60} max={props.nowMax} value={draft.at} onChange={(e) => set("at", e.target.value)} className={input} {...aria("at")} />
      </div>

      <Choices prefix={prefix} name="channel" legend="怎么联系的" values={CHANNELS} label={(v) => CHANNEL_LABELS[v]} value={draft.channel} onChange={(v) => set("channel", v)} error={error("channel")} />
      <Choices prefix={prefix} name="caller" legend="谁联系的" values={CALLERS} label={(v) => CALLER_LABELS[v]} value={draft.caller} onChange={(v) => set("caller", v)} error={error("caller")} />
      <Choices prefix={prefix} name="contacted" legend="联系了谁" values={CONTACTED} label={(v) => contactedLabel(v, props.role)} value={draft.contacted} onChange={(v) => set("contacted", v)} error={error("contacted")} />

      {draft.channel === "visit" || draft.flags.includes("came-to-door") || draft.visitors !== "" ? (
        <div>
          <label htmlFor={`${prefix}visitors`} className="font-semibold">
            上门来了几个人（选填）
          </label>
          <p className="text-sm text-muted">行业指引要求上门至少2人；不清楚可以不填。</p>
          <FieldError id={`${prefix}-visitors-error`} message={error("visitors")} />
          <input id={`${prefix}visitors`} type="text" inputMode="numeric" autoComplete="off" value={draft.visitors} onChange={(e) => set("visitors", e.target.value)} className={`${input} max-w-32`} {...aria("visitors")} />
        </div>
      ) : null}

      <details className="rounded-lg border border-line p-3" open={props.editing || draft.flags.length > 0 || draft.from !== "" || draft.calledNumber !== "" || draft.notes !== "" || undefined}>
        <summary className="min-h-11 cursor-pointer py-2 font-semibold">号码、次数、发生了什么、备注（选填）</summary>
        <div className="mt-3 space-y-5">
          <div>
            <label htmlFor={`${prefix}from`} className="font-semibold">
              来电号码或账号（选填）
            </label>
            <FieldError id={`${prefix}-from-error`} message={error("from")} />
            <input id={`${prefix}from`} type="text" inputMode="text" autoComplete="off" value={draft.from} onChange={(e) => set("from", e.target.value)} className={input} {...aria("from")} />
          </div>
          <div>
            <label htmlFor={`${prefix}calledNumber`} className="font-semibold">
              打到的是哪个号码（选填）
            </label>
            <p className="text-sm text-muted">{props.role === "contact" ? "您有不止一个号码，或记的是别人的来电时填写。" : "您有不止一个号码，或记的是家人、朋友的来电时填写。"}「每天对同一个号码」的次数按它来数；不填时，打给本人的算作同一个号码。</p>
            <FieldError id={`${prefix}-calledNumber-error`} message={error("calledNumber")} />
            <input id={`${prefix}calledNumber`} type="text" inputMode="tel" autoComplete="off" value={draft.calledNumber} onChange={(e) => set("calledNumber", e.target.value)} className={input} {...aria("calledNumber")} />
          </div>
          <div>
            <label htmlFor={`${prefix}callerName`} className="font-semibold">
              对方自称的机构名称（选填）
            </label>
            <FieldError id={`${prefix}-callerName-error`} message={error("callerName")} />
            <input id={`${prefix}callerName`} type="text" autoComplete="off" value={draft.callerName} onChange={(e) => set("callerName", e.target.value)} className={input} {...aria("callerName")} />
          </div>
          <div>
            <label htmlFor={`${prefix}count`} className="font-semibold">
              这一次连着几次（选填，默认1次）
            </label>
            <p className="text-sm text-muted">例如同一号码连打了5个未接电话，填5。最多{MAX_COUNT}。</p>
            <FieldError id={`${prefix}-count-error`} message={error("count")} />
            <input id={`${prefix}count`} type="text" inputMode="numeric" autoComplete="off" value={draft.count} onChange={(e) => set("count", e.target.value)} className={`${input} max-w-32`} {...aria("count")} />
          </div>
          <fieldset className="space-y-2">
            <legend className="font-semibold">发生了什么（可多选）</legend>
            <div className="grid gap-2 sm:grid-cols-2">
              {FLAGS.map((f) => (
                <label key={f} className={CHIP}>
                  <input
                    type="checkbox"
                    id={`${prefix}flag-${f}`}
                    checked={draft.flags.includes(f)}
                    onChange={(e) => set("flags", e.target.checked ? [...draft.flags, f] : draft.flags.filter((x) => x !== f))}
                    className="size-5 shrink-0 accent-(--accent)"
                  />
                  <span>{FLAG_LABELS[f]}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <div>
            <label htmlFor={`${prefix}notes`} className="font-semibold">
              备注（选填）：对方说了什么
            </label>
            <FieldError id={`${prefix}-notes-error`} message={error("notes")} />
            <textarea id={`${prefix}notes`} rows={3} value={draft.notes} onChange={(e) => set("notes", e.target.value)} className={input} {...aria("notes")} />
          </div>
        </div>
      </details>

      <div className="flex flex-wrap gap-3">
        <button type="submit" className="min-h-12 rounded-lg bg-accent px-5 py-2.5 font-semibold text-accent-fg hover:bg-accent-strong">
          {props.editing ? "保存修改" : "记下这一条"}
        </button>
        {props.onCancel ? (
          <button type="button" onClick={props.onCancel} className="min-h-12 rounded-lg border border-line bg-card px-5 py-2.5">
            取消
          </button>
        ) : null}
        {props.children}
      </div>
    </form>
  );
}
