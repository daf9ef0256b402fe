"use client";
import { useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import type { CallAnswers } from "@/lib/contact/answers";
import type { ActionId, ChannelId, JudgementId, ReplyId } from "@/lib/contact/ids";
import { tailorCallAnswers } from "@/lib/contact/tailor";

const noSubscription = () => () => {};

type Props = {
  /** The questions, rendered on the server (CallQuestions). */
  children: ReactNode;
  /** Each record already rendered, with its citations, by the server component. */
  judgements: Partial<Record<JudgementId, ReactNode>>;
  actions: Partial<Record<ActionId, ReactNode>>;
  channels: Partial<Record<ChannelId, ReactNode>>;
  replyTitles: Partial<Record<ReplyId, string>>;
};

/** The checked inputs as answers. Values come from our own markup; the tailoring ignores anything else. */
function readAnswers(root: HTMLElement): CallAnswers {
  const answers: Record<string, string | string[]> = { said: [] };
  for (const input of root.querySelectorAll<HTMLInputElement>("input:checked")) {
    if (input.name === "said") (answers.said as string[]).push(input.value);
    else answers[input.name] = input.value;
  }
  return answers as CallAnswers;
}

/**
 * The optional questions about the call and the answer tailored to them. Answers live
 * in the inputs and this component's state only: there is no form to submit, nothing
 * is stored or sent. Only the small pure `tailorCallAnswers` runs here; questions and
 * wording arrive pre-rendered from the server, to keep this page's JavaScript tiny.
 */
export function CallQuestionnaire({ children, judgements, actions, channels, replyTitles }: Props) {
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const [answers, setAnswers] = useState<CallAnswers>({});
  const [shown, setShown] = useState(false);
  const questionsRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const t = tailorCallAnswers(answers);
  const read = () => questionsRef.current && setAnswers(readAnswers(questionsRef.current));

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
  const list = <K extends string>(ids: K[], nodes: Partial<Record<K, ReactNode>>) =>
    ids.map((id) => (nodes[id] ? <li key={id}>{nodes[id]}</li> : null));
  const button = "min-h-12 rounded-lg px-5 py-2.5 disabled:opacity-60";

  return (
    <div className="space-y-6">
      <div ref={questionsRef} onChange={read} className="space-y-6">
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
          {t.empty ? (
            <p>您还没有选任何答案。问题都是选填的：选上几项，就能看到更具体的说法；不选也没关系，下面的现成回应一样适用。</p>
          ) : (
            <>
              {t.judgements.length > 0 ? (
                <div className="space-y-3">
                  <h4 className="text-lg font-bold">哪些正常，哪些越界</h4>
                  <ul className="space-y-3">{list(t.judgements, judgements)}</ul>
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
              </div>
              <div className="space-y-3">
                <h4 className="text-lg font-bold">接下来可以做的</h4>
                <ul className="space-y-3">{list(t.actions, actions)}</ul>
              </div>
              <div className="space-y-3">
                <h4 className="text-lg font-bold">需要时找谁（按顺序）</h4>
                <ol className="list-decimal space-y-2 pl-5">{list(t.channels, channels)}</ol>
              </div>
            </>
          )}
        </section>
      ) : null}
    </div>
  );
}
