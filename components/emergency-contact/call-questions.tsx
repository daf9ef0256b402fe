import { ChoiceGroup } from "@/components/choice-group";
import {
  CALL_ANSWER_VALUES,
  CALL_QUESTION_LEGENDS,
  CALLER_LABELS,
  FOUND_LABELS,
  REFUSED_LABELS,
  SAID_LABELS,
  TIME_LABELS,
} from "@/lib/schema/emergency-contact-answers";

type ChoiceQuestion = keyof typeof CALL_ANSWER_VALUES;

type Question = { id: ChoiceQuestion; type: "radio" | "checkbox"; labels: Record<string, string> };

/** The choices asked before the count, and after it. */
const BEFORE_COUNT: Question[] = [
  { id: "caller", type: "radio", labels: CALLER_LABELS },
  { id: "said", type: "checkbox", labels: SAID_LABELS },
  { id: "time", type: "radio", labels: TIME_LABELS },
];
const AFTER_COUNT: Question[] = [
  { id: "refused", type: "radio", labels: REFUSED_LABELS },
  { id: "found", type: "radio", labels: FOUND_LABELS },
];

function Choices({ q }: { q: Question }) {
  return (
    <ChoiceGroup
      look="native"
      type={q.type}
      name={q.id}
      legend={CALL_QUESTION_LEGENDS[q.id]}
      choices={CALL_ANSWER_VALUES[q.id].map((value: string) => ({ value, label: q.labels[value] }))}
    />
  );
}

/**
 * The questions about the call, rendered on the server as plain native inputs: the
 * labels never ship as JavaScript. CallQuestionnaire reads the inputs when they change.
 * The selected look comes from CSS (:has(:checked)), not from state. The count is asked
 * as a number: "几次" and "很多次" left a third call of the day with no right answer.
 */
export function CallQuestions() {
  return (
    <>
      {BEFORE_COUNT.map((q) => (
        <Choices key={q.id} q={q} />
      ))}
      <div className="space-y-1">
        <label htmlFor="calls" className="block text-lg font-semibold">
          {CALL_QUESTION_LEGENDS.calls}
        </label>
        <p id="calls-hint" className="text-sm text-muted">
          例如 3，写「三次」也可以
        </p>
        <input id="calls" name="calls" type="text" inputMode="numeric" autoComplete="off" aria-describedby="calls-hint calls-error" className="min-h-12 w-24 rounded-lg border border-line bg-card px-3 text-lg" />
        {/* Shown by the questionnaire (call-questionnaire.tsx) when the count cannot be read: here, so its words cost HTML, not script. */}
        <p id="calls-error" className="text-sm font-semibold text-error" hidden>
          没能读懂这个次数，这一项先不算。请填1到200之间的次数，例如 3 或「三次」；不填也可以。
        </p>
      </div>
      {AFTER_COUNT.map((q) => (
        <Choices key={q.id} q={q} />
      ))}
    </>
  );
}
