"use client";
import { useState } from "react";
import { TextActions } from "@/components/plan/text-actions";
import type { Complaint } from "@/components/call-log/exporters";
import type { Finding } from "@/lib/call-log/check";
import type { Entry } from "@/lib/call-log/entry";
import { localDateTimeOf } from "@/lib/call-log/local-time";
import type { Role } from "@/lib/call-log/log-format";
import type { RuleBook } from "@/lib/call-log/rule-book";

/**
 * Complaints written from the log, in order: the lender first, then 12378; 110 when the
 * log has threats or visits. Built on request, from the entries as they are now.
 */
export function ComplaintPanel(props: { entries: readonly Entry[]; findings: readonly Finding[]; book: RuleBook; role: Role }) {
  const [built, setBuilt] = useState<{ letters: Complaint[]; police: boolean } | null>(null);
  async function build() {
    const { complaints } = await import("@/components/call-log/exporters");
    setBuilt(complaints(props.entries, props.findings, props.book, localDateTimeOf(new Date()).slice(0, 10), props.role));
    requestAnimationFrame(() => document.getElementById("complaint-result")?.focus());
  }
  return (
    <section aria-labelledby="complaint" className="space-y-3 print:hidden">
      <h2 id="complaint" className="text-xl font-bold">
        用这些记录投诉
      </h2>
      <p>投诉您自己就能办，不需要找人代办。收费「代理投诉」「债务优化」的服务不要找。下面的内容全部来自您的记录，没有添加任何数字。</p>
      <button type="button" onClick={() => void build()} className="min-h-12 rounded-lg bg-accent px-5 py-2.5 font-semibold text-accent-fg hover:bg-accent-strong">
        {built ? "按现在的记录重新生成" : "生成投诉内容"}
      </button>
      {built ? (
        <div className="space-y-6">
          <h3 id="complaint-result" tabIndex={-1} className="text-lg font-bold">
            按顺序来
          </h3>
          {built.police ? (
            <p className="rounded-lg border-2 border-error bg-error-soft p-3" data-police>
              您的记录里有威胁、冒充公检法或上门：如果觉得人身安全受到威胁，或有人强行进门，请直接拨打110报警，不用等投诉结果。
            </p>
          ) : null}
          {built.letters.map((l) => (
            <div key={l.id} className="space-y-2" data-complaint={l.id}>
              <h4 className="font-bold">{l.title}</h4>
              <p>{l.purpose}</p>
              <pre id={`letter-${l.id}`} className="max-h-96 overflow-auto whitespace-pre-wrap rounded-lg border border-line bg-card p-3 font-sans" tabIndex={0} aria-label={l.title}>
                {l.text}
              </pre>
              <TextActions text={l.text} fileName={l.fileName} previewId={`letter-${l.id}`} />
            </div>
          ))}
          <p>骚扰电话、短信还可以在 12321 网站或 App 举报。</p>
        </div>
      ) : null}
    </section>
  );
}
