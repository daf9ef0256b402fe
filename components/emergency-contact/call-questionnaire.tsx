"use client";
import { useRef, useState, type ReactNode } from "react";
import { Cite } from "@/components/emergency-contact/cite";
import { VerdictBadge } from "@/components/emergency-contact/verdict-badge";
import { CopyButton } from "@/components/emergency-contact/copy-button";
import { PhoneText } from "@/components/phone-text";
import type { CallAnswers } from "@/lib/schema/emergency-contact-answers";
import type { readCallCount } from "@/lib/emergency-contact/call-count";
import { callTexts } from "@/lib/emergency-contact/call-texts";
import type { AnswerCard, AnswerTexts } from "@/lib/emergency-contact/answer-texts";
import type { ShortCitation } from "@/lib/emergency-contact/short-titles";
import { callLogLinkFor } from "@/lib/call-log/prefill";
import { sitePath } from "@/lib/script/site-script";
import { tailorCallAnswers, type Tailored } from "@/lib/emergency-contact/tailor";
import { useHydrated } from "@/components/hooks/use-hydrated";
import { ANSWER_TEXTS_URL } from "@/lib/static-urls";



type Texts = { status: "idle" | "loading" | "failed" } | { status: "ready"; texts: AnswerTexts };

/** The count reader, once its chunk is asked for (see read()). */
let countReader: Promise<typeof readCallCount> | undefined;

/**
 * The checked inputs and the typed count as answers. Values come from our own markup; the
 * tailoring ignores anything else. A count that cannot be read is left out and said so,
 * beside its input (the message is in the server's markup, call-questions.tsx).
 */
function readAnswers(root: HTMLElement, readCount: typeof readCallCount): CallAnswers {
  const answers: Record<string, string | string[] | number | undefined> = { said: [] };
  for (const input of root.querySelectorAll<HTMLInputElement>("input:checked")) {
    if (input.name === "said") (answers.said as string[]).push(input.value);
    else answers[input.name] = input.value;
  }
  const count = root.querySelector<HTMLInputElement>("#calls");
  const calls = readCount(count?.value ?? "");
  const unreadable = Number.isNaN(calls);
  answers.calls = unreadable ? undefined : calls;
  count?.setAttribute("aria-invalid", String(unreadable));
  const problem = root.querySelector<HTMLElement>("#calls-error");
  if (problem) problem.hidden = !unreadable;
  return answers as CallAnswers;
}

function Card({ id, card, badge }: { id: string; card: AnswerCard; badge?: ReactNode }) {
  return (
    <div className="rounded-lg border border-line bg-card p-3" data-claim={id}>
      {badge}
      <h5 className="font-bold">{card.title}</h5>
      <p className="mt-1">
        <PhoneText text={card.body} />
      </p>
      {card.rules.length > 0 ? <p className="mt-1 text-sm text-muted">依据的规则：{card.rules.map((r) => `「${r.title}」`).join("")}</p> : null}
      <Cite items={card.citations} />
    </div>
  );
}

/** A text written from the answers, to copy with one tap (CopyButton reads `[data-reply-text]`). */
function Written({ id, title, note, text, citations }: { id: string; title: string; note?: string; text: string; citations: ShortCitation[] }) {
  return (
    <div className="rounded-lg border border-line bg-card p-3" data-claim={id}>
      <h5 className="font-bold">{title}</h5>
      {note ? (
        <p className="mt-1 text-sm text-muted">
          <PhoneText text={note} />
        </p>
      ) : null}
      <blockquote className="mt-2 rounded-md border-l-4 border-accent bg-accent-soft px-3 py-2" data-reply-text data-speech>
        {text}
      </blockquote>
      <CopyButton label="复制这段话" />
      <Cite items={citations} />
    </div>
  );
}

/** What the answers mean, what to say, what to do next and whom to call, in the fetched wording. */
function TailoredAnswer({ tailored: t, answers, texts }: { tailored: Tailored; answers: CallAnswers; texts: AnswerTexts }) {
  const { judgements, actions, channels, replyTitles, callTexts: parts } = texts;
  const written = callTexts(answers, parts);
  return (
    <>
      {t.judgements.length > 0 ? (
        <div className="space-y-3">
          <h4 className="text-lg font-bold">哪些正常，哪些越界</h4>
          <ul className="space-y-3">
            {t.judgements.map((id) => {
              const j = judgements[id];
              return j ? (
                <li key={id}>
                  <Card id={id} card={j} badge={<VerdictBadge verdict={j.verdict} />} />
                </li>
              ) : null;
            })}
          </ul>
        </div>
      ) : null}
      <div className="space-y-2">
        <h4 className="text-lg font-bold">可以这样回应</h4>
        <ul className="list-disc space-y-1 pl-5">
          {t.replies.map((id) => (
            <li key={id}>
              <a href={`#reply-${id}`}>{replyTitles[id]}</a>
            </li>
          ))}
        </ul>
        <Written id="written-message" title="发给借款人的消息（按您的回答写好）" text={written.message} citations={parts.citations.message} />
        <Written
          id="written-complaint"
          title="投诉时可以这样说（按您的回答写好）"
          note="先打95188向平台反映；平台不处理，再打12378。可以照着说，也可以复制后在线提交。"
          text={written.complaint}
          citations={parts.citations.complaint}
        />
      </div>
      <div className="space-y-3">
        <h4 className="text-lg font-bold">接下来可以做的</h4>
        <ul className="space-y-3">
          {t.actions.map((id) => {
            const a = actions[id];
            return a ? (
              <li key={id}>
                <Card id={id} card={a} />
              </li>
            ) : null;
          })}
        </ul>
      </div>
      <div className="space-y-3">
        <h4 className="text-lg font-bold">需要时找谁（按顺序）</h4>
        <ol className="list-decimal space-y-2 pl-5">
          {t.channels.map((id) => {
            const c = channels[id];
            return c ? (
              <li key={id} data-claim={id}>
                <p>
                  <strong>{c.name}</strong>：<PhoneText text={c.reach} />
                </p>
                <Cite items={c.citations} />
              </li>
            ) : null;
          })}
        </ol>
      </div>
      <p>
        <a href={sitePath(callLogLinkFor(answers))} className="underline">把这通电话记进「来电记录」</a>：您的回答会填好第一条，只有您选择保存时才会存在这台设备上。
      </p>
    </>
  );
}

/**
 * The optional questions about the call and the answer tailored to them. Answers live
 * in the inputs and this component's state only: there is no form to submit, nothing
 * is stored or sent. The questions arrive rendered by the server (children); the
 * answer's wording is fetched once, as static JSON, when the contact starts answering,
 * so neither the page's HTML nor its JavaScript carries it.
 */
export function CallQuestionnaire({ children }: { children: ReactNode }) {
  const hydrated = useHydrated();
  const [answers, setAnswers] = useState<CallAnswers>({});
  const [shown, setShown] = useState(false);
  const [texts, setTexts] = useState<Texts>({ status: "idle" });
  const requested = useRef(false);
  const questionsRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const t = tailorCallAnswers(answers);

  function load(again = false) {
    if (requested.current && !again) return;
    requested.current = true;
    setTexts({ status: "loading" });
    fetch(ANSWER_TEXTS_URL)
      .then((r) => (r.ok ? (r.json() as Promise<AnswerTexts>) : Promise.reject(new Error(String(r.status)))))
      .then((data) => setTexts({ status: "ready", texts: data }))
      .catch(() => setTexts({ status: "failed" }));
  }
  function read() {
    load();
    const root = questionsRef.current;
    // The count reader loads on the first answer (its own chunk: the page's script budget), then answers at once.
    countReader ??= import("@/lib/emergency-contact/call-count").then((m) => m.readCallCount);
    void countReader.then((readCount) => root && setAnswers(readAnswers(root, readCount)));
  }
  function show() {
    read();
    setShown(true);
    // After React renders the result, move focus (and the screen) to its heading.
    requestAnimationFrame(() => resultRef.current?.focus());
  }
  function clear() {
    for (const input of questionsRef.current?.querySelectorAll("input") ?? []) input.checked = false;
    setAnswers({});
    setShown(false);
  }
  const button = "min-h-12 rounded-lg px-5 py-2.5 disabled:opacity-60";

  let body: ReactNode;
  if (t.empty) {
    body = <p>您还没有选任何答案。问题都是选填的：选上几项，就能看到更具体的说法；不选也没关系，下面的现成回应一样适用。</p>;
  } else if (texts.status === "failed") {
    body = (
      <div className="space-y-2">
        <p>这部分的说明没能载入，可能是网络不稳定。下面的现成回应和投诉渠道不受影响。</p>
        <button type="button" onClick={() => load(true)} className={`${button} border border-line bg-card`}>
          再试一次
        </button>
      </div>
    );
  } else if (texts.status !== "ready") {
    body = (
      <p role="status" data-loading>
        正在载入说明……
      </p>
    );
  } else {
    body = <TailoredAnswer tailored={t} answers={answers} texts={texts.texts} />;
  }

  return (
    <div className="space-y-6">
      {/* input, not change: the DOM's input event fires on every keystroke and every tick,
          in React and in the Preact island alike (a div's onChange is React's own notion). */}
      <div ref={questionsRef} onInput={read} className="space-y-6">
        {children}
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={show} disabled={!hydrated} className={`${button} bg-accent font-semibold text-accent-fg hover:bg-accent-strong`}>
          看看这通电话怎么算
        </button>
        <button type="button" onClick={clear} disabled={!hydrated} className={`${button} border border-line bg-card`}>
          清空重填
        </button>
      </div>

      {shown ? (
        <section aria-labelledby="call-result" className="space-y-4 rounded-lg border-2 border-accent p-4" data-call-result>
          <h3 id="call-result" ref={resultRef} tabIndex={-1} className="text-xl font-bold">
            根据您的回答
          </h3>
          {body}
        </section>
      ) : null}
    </div>
  );
}
