import {
  CALL_ANSWER_VALUES,
  CALL_QUESTION_LEGENDS,
  CALLER_LABELS,
  FOUND_LABELS,
  FREQUENCY_LABELS,
  REFUSED_LABELS,
  SAID_LABELS,
  TIME_LABELS,
  type QuestionId,
} from "@/lib/contact/answers";

const QUESTIONS: { id: QuestionId; type: "radio" | "checkbox"; labels: Record<string, string> }[] = [
  { id: "caller", type: "radio", labels: CALLER_LABELS },
  { id: "said", type: "checkbox", labels: SAID_LABELS },
  { id: "time", type: "radio", labels: TIME_LABELS },
  { id: "frequency", type: "radio", labels: FREQUENCY_LABELS },
  { id: "refused", type: "radio", labels: REFUSED_LABELS },
  { id: "found", type: "radio", labels: FOUND_LABELS },
];

/**
 * The look of each choice, set once on the list rather than on every label and input:
 * the page's HTML also carries React's copy of this markup, so repeated attributes
 * cost twice. A whole-row label (at least 48px high) with the input inside it.
 */
const CHOICES =
  "grid gap-2 *:flex *:min-h-12 *:cursor-pointer *:items-start *:gap-3 *:rounded-lg *:border *:border-line *:bg-card *:px-3 *:py-2.5 *:has-checked:border-accent *:has-checked:bg-accent-soft [&_input]:mt-1 [&_input]:size-5 [&_input]:shrink-0 [&_input]:accent-[var(--accent)]";

/**
 * The questions about the call, rendered on the server as plain native inputs: the
 * labels never ship as JavaScript. CallQuestionnaire reads the checked inputs when
 * they change. The selected look comes from CSS (:has(:checked)), not from state.
 */
export function CallQuestions() {
  return (
    <>
      {QUESTIONS.map((q) => (
        <fieldset key={q.id} className="space-y-2">
          <legend className="text-lg font-semibold">{CALL_QUESTION_LEGENDS[q.id]}</legend>
          <div className={CHOICES}>
            {CALL_ANSWER_VALUES[q.id].map((value) => (
              <label key={value}>
                <input id={`${q.id}-${value}`} type={q.type} name={q.id} value={value} />
                {q.labels[value]}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </>
  );
}
