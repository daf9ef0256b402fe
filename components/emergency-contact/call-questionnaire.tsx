"use client";
import { useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { ChoiceGroup } from "@/components/situation-form/choice-group";
import { CheckboxGroup } from "@/components/emergency-contact/checkbox-group";
import {
  CALL_ANSWER_VALUES,
  CALL_QUESTION_LEGENDS,
  CALLER_LABELS,
  FOUND_LABELS,
  FREQUENCY_LABELS,
  REFUSED_LABELS,
  SAID_LABELS,
  TIME_LABELS,
  type CallAnswers,
} from "@/lib/contact/answers";
import type { ActionId, ChannelId, JudgementId, ReplyId } from "@/lib/contact/ids";
import { tailorCallAnswers } from "@/lib/contact/tailor";

const choicesOf = <V extends string>(values: readonly V[], labels: Record<V, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

const CALLERS = choicesOf(CALL_ANSWER_VALUES.caller, CALLER_LABELS);
const SAID = choicesOf(CALL_ANSWER_VALUES.said, SAID_LABELS);
const TIMES = choicesOf(CALL_ANSWER_VALUES.time, TIME_LABELS);
const FREQUENCIES = choicesOf(CALL_ANSWER_VALUES.frequency, FREQUENCY_LABELS);
const REFUSED = choicesOf(CALL_ANSWER_VALUES.refused, REFUSED_LABELS);
const FOUND = choicesOf(CALL_ANSWER_VALUES.found, FOUND_LABELS);

const noSubscription = () => () => {};

type Props = {
  /** Each record already rendered, with its citations, by the server component. */
  judgements: Partial<Record<JudgementId, ReactNode>>;
  actions: Partial<Record<ActionId, ReactNode>>;
  channels: Partial<Record<ChannelId, ReactNode>>;
  replyTitles: Partial<Record<ReplyId, string>>;
};

/**
 * The optional questions about the call and the answer tailored to them. The answers
 * live in this component's state only: no form is submitted, nothing is stored or sent.
 * Only the small pure `tailorCallAnswers` runs here; the wording arrives pre-rendered.
 */
export function CallQuestionnaire({ judgements, actions, channels, replyTitles }: Props) {
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const [answers, setAnswers] = useState<CallAnswers>({});
  const [shown, setShown] = useState(false);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const set = <K extends keyof CallAnswers>(key: K, value: CallAnswers[K]) => setAnswers((a) => ({ ...a, [key]: value }));
  const t = tailorCallAnswers(answers);

  function show() {
    setShown(true);
    // After React renders the result, move focus (and the screen) to its heading.
    requestAnimationFrame(() => resultRef.current?.focus());
  }

  return (
    <div className="space-y-6">
      <ChoiceGroup name="caller" legend={CALL_QUESTION_LEGENDS.caller} choices={CALLERS} value={answers.caller} onChange={(v) => set("caller", v)} />
      <CheckboxGroup name="said" legend={CALL_QUESTION_LEGENDS.said} choices={SAID} values={answers.said ?? []} onChange={(v) => set("said", v)} />
      <ChoiceGroup name="time" legend={CALL_QUESTION_LEGENDS.time} choices={TIMES} value={answers.time} onChange={(v) => set("time", v)} />
      <ChoiceGroup name="frequency" legend={CALL_QUESTION_LEGENDS.frequency} choices={FREQUENCIES} value={answers.frequency} onChange={(v) => set("frequency", v)} />
      <ChoiceGroup name="refused" legend={CALL_QUESTION_LEGENDS.refused} choices={REFUSED} value={answers.refused} onChange={(v) => set("refused", v)} />
      <ChoiceGroup name="found" legend={CALL_QUESTION_LEGENDS.found} choices={FOUND} value={answers.found} onChange={(v) => set("found", v)} />

      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          onClick={show}
          disabled={!hydrated}
          className="min-h-12 rounded-lg bg-accent px-5 py-2.5 font-semibold text-accent-fg hover:bg-accent-strong disabled:opacity-60"
        >
          看看这通电话怎么算
        </button>
        <button
          type="button"
          onClick={() => {
            setAnswers({});
            setShown(false);
          }}
          disabled={!hydrated}
          className="min-h-12 rounded-lg border border-line bg-card px-5 py-2.5"
        >
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
                  <ul className="space-y-3">
                    {t.judgements.map((id) => (judgements[id] ? <li key={id}>{judgements[id]}</li> : null))}
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
              </div>
              <div className="space-y-3">
                <h4 className="text-lg font-bold">接下来可以做的</h4>
                <ul className="space-y-3">{t.actions.map((id) => (actions[id] ? <li key={id}>{actions[id]}</li> : null))}</ul>
              </div>
              <div className="space-y-3">
                <h4 className="text-lg font-bold">需要时找谁（按顺序）</h4>
                <ol className="list-decimal space-y-2 pl-5">{t.channels.map((id) => (channels[id] ? <li key={id}>{channels[id]}</li> : null))}</ol>
              </div>
            </>
          )}
        </section>
      ) : null}
    </div>
  );
}
