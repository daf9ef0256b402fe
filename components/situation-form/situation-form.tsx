"use client";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { ChoiceGroup } from "@/components/choice-group";
import { ErrorSummary } from "@/components/situation-form/error-summary";
import { CheckInput } from "@/components/situation-form/check-input";
import { FieldError, FieldHint } from "@/components/situation-form/field-message";
import { useToday } from "@/components/hooks/use-today";
import {
  CONTACT_HINTS,
  CONTACT_LABELS,
  EMERGENCY_CONTACT_LABELS,
  FIELD_LABELS,
  GUARANTOR_LABELS,
  HISTORY_LABELS,
  PARTIAL_LABELS,
  PRODUCT_LABELS,
  ANSWER_VALUES,
} from "@/lib/schema/situation-answers";
import { daysOverdueSince, dueDateFor, isIsoDate, type IsoDate } from "@/lib/dates/iso-date";
import { readChineseNumber } from "@/lib/situation/chinese-number";
import { readNumber } from "@/lib/situation/normalize-number";
import { parseSituation, type FieldError as FieldErrorT } from "@/lib/situation/parse-situation";
import { MAX_DAYS, type FieldName, type RawAnswers } from "@/lib/situation/situation-schema";
import { situationToRaw, writeFragment } from "@/lib/situation/share-link";
import { sitePath } from "@/lib/script/site-script";
import { useHydrated } from "@/components/hooks/use-hydrated";

const choicesOf = <V extends string>(values: readonly V[], labels: Record<V, string>, hints?: Record<V, string>) =>
  values.map((value) => ({ value, label: labels[value], hint: hints?.[value] }));

const PRODUCTS = choicesOf(ANSWER_VALUES.product, PRODUCT_LABELS);
const HISTORIES = choicesOf(ANSWER_VALUES.history, HISTORY_LABELS);
const CONTACTS = choicesOf(ANSWER_VALUES.contact, CONTACT_LABELS, CONTACT_HINTS);
const EMERGENCY = choicesOf(ANSWER_VALUES.emergencyContact, EMERGENCY_CONTACT_LABELS);
const PARTIAL = choicesOf(ANSWER_VALUES.partialRepayment, PARTIAL_LABELS);
const GUARANTOR = choicesOf(ANSWER_VALUES.guarantor, GUARANTOR_LABELS);

/** The answers as they will be checked: only the one of days or due date the person gave last. */
function answersToCheck(answers: RawAnswers, dateGivenAs: "days" | "due"): RawAnswers {
  const { days, due, ...rest } = answers;
  return dateGivenAs === "due" ? { ...rest, due } : { ...rest, days };
}

/** Days and due date are one question: an error on either counts for both. */
const sameQuestion = (field: FieldName): FieldName[] => (field === "days" || field === "due" ? ["days", "due"] : [field]);

/** Of the fields that had errors, those still wrong now, with today's message for each. */
function stillWrong(before: FieldErrorT[], answers: RawAnswers, today: IsoDate): FieldErrorT[] {
  if (before.length === 0) return before;
  const result = parseSituation(answers, today, readChineseNumber);
  if (result.ok) return [];
  const watched = new Set(before.flatMap((e) => sameQuestion(e.field)));
  return result.errors.filter((e) => watched.has(e.field));
}

type Props = {
  /** Answers to start from, e.g. the valid parts of a shared link. */
  initial?: RawAnswers;
  initialErrors?: FieldErrorT[];
};

/**
 * The borrower check. Answers stay in this component's state and in the URL fragment;
 * nothing is posted anywhere. The submit button is disabled until hydration, which
 * also blocks the browser's own submission, so without JavaScript no answer can
 * leave the page as a query string.
 */
export function SituationForm({ initial = {}, initialErrors = [] }: Props) {
  const router = useRouter();
  const today = useToday();
  const hydrated = useHydrated();
  // A link carries the due date; the days beside it are worked out from today.
  const [answers, setAnswers] = useState<RawAnswers>(() =>
    initial.due && !initial.days && today && isIsoDate(initial.due) && initial.due <= today
      ? { ...initial, days: String(daysOverdueSince(initial.due, today)) }
      : initial,
  );
  const [dateGivenAs, setDateGivenAs] = useState<"days" | "due">(initial.due && !initial.days ? "due" : "days");
  // The errors found at the last submit (or in the link). What shows is worked out from
  // them on every change: a field the person has fixed loses its error at once, and no
  // new error appears before the next submit.
  const [submitted, setSubmitted] = useState<FieldErrorT[]>(initialErrors);
  const errors = today ? stillWrong(submitted, answersToCheck(answers, dateGivenAs), today) : submitted;
  const summaryRef = useRef<HTMLDivElement>(null);

  const errorOf = (field: FieldName) => errors.find((e) => e.field === field)?.message;
  const set = (field: FieldName, value: string) => setAnswers((a) => ({ ...a, [field]: value }));

  // Days and due date describe the same thing: typing one fills in the other.
  function onDaysChange(text: string) {
    setDateGivenAs("days");
    const reading = readNumber(text, "天", readChineseNumber);
    const due =
      today && reading.ok && Number.isInteger(reading.value) && reading.value >= 0 && reading.value <= MAX_DAYS
        ? dueDateFor(reading.value, today)
        : "";
    setAnswers((a) => ({ ...a, days: text, due }));
  }
  function onDueChange(text: string) {
    setDateGivenAs("due");
    const days = today && isIsoDate(text) && text <= today ? String(daysOverdueSince(text, today)) : "";
    setAnswers((a) => ({ ...a, due: text, days }));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!today) return;
    const result = parseSituation(answersToCheck(answers, dateGivenAs), today, readChineseNumber);
    if (result.ok) {
      setSubmitted([]);
      const fragment = writeFragment(situationToRaw(result.situation));
      // On /timeline already (a corrected link), only the fragment changes: setting it
      // fires hashchange, which the timeline listens to; router.push would not.
      if (window.location.pathname === sitePath("/timeline")) window.location.hash = fragment;
      else router.push(`/timeline#${fragment}`);
      return;
    }
    setSubmitted(result.errors);
    // Move focus to the summary so screen readers announce it and keyboard users start there.
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  const daysError = errorOf("days");
  const dueError = errorOf("due");
  const amountError = errorOf("amount");

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-7" aria-label="逾期情况自查">
      <ErrorSummary ref={summaryRef} errors={errors} />
      {/* Says, politely, what is left as fields are fixed; empty right after a submit,
          when focus on the summary does the telling. */}
      <p role="status" className="sr-only">
        {errors.length < submitted.length ? (errors.length === 0 ? "都改好了，可以查看时间线了。" : `已改好${submitted.length - errors.length}处，还有${errors.length}处要改。`) : ""}
      </p>

      <ChoiceGroup
        name="product"
        legend={FIELD_LABELS.product}
        choices={PRODUCTS}
        value={answers.product}
        onChange={(v) => set("product", v)}
        error={errorOf("product")}
        columns={2}
      />

      <div className="space-y-2">
        <div className="grid grid-cols-2 gap-3">
          <div className="space-y-1">
            <CheckInput name="days" label={FIELD_LABELS.days} inputMode="numeric" value={answers.days} onChange={onDaysChange} hintId="days-hint" error={daysError} />
          </div>
          <div className="space-y-1">
            <CheckInput name="due" label={FIELD_LABELS.due} type="date" max={today ?? undefined} value={answers.due} onChange={onDueChange} hintId="days-hint" error={dueError} />
          </div>
        </div>
        <FieldHint id="days-hint">填一项即可，另一项会自动算出。还款日当天还没还，天数填 0。</FieldHint>
        <FieldError id="days-error" message={daysError} />
        <FieldError id="due-error" message={dueError} />
      </div>

      <div className="space-y-1">
        <CheckInput name="amount" label={FIELD_LABELS.amount} inputMode="decimal" unit="元" value={answers.amount} onChange={(v) => set("amount", v)} hintId="amount-hint" error={amountError}>
          <FieldHint id="amount-hint">单位是元，可以写 20000、2万 或 1.5万。</FieldHint>
          <FieldError id="amount-error" message={amountError} />
        </CheckInput>
      </div>

      <ChoiceGroup
        name="history"
        legend={FIELD_LABELS.history}
        hint="这次之前，您在借呗、花呗的还款情况"
        choices={HISTORIES}
        value={answers.history}
        onChange={(v) => set("history", v)}
        error={errorOf("history")}
      />

      <ChoiceGroup
        name="contact"
        legend={FIELD_LABELS.contact}
        hint="逾期以后，您和平台之间的联系"
        choices={CONTACTS}
        value={answers.contact}
        onChange={(v) => set("contact", v)}
        error={errorOf("contact")}
      />

      <MoreDetails answers={answers} set={set} errorOf={errorOf} />

      <SubmitButton hydrated={hydrated} />
    </form>
  );
}

type FieldProps = { answers: RawAnswers; set: (field: FieldName, value: string) => void; errorOf: (field: FieldName) => string | undefined };

/** The optional questions, folded away unless one is answered. */
function MoreDetails({ answers, set, errorOf }: FieldProps) {
  return (
    <details className="rounded-lg border border-line bg-card px-4 py-3" open={Boolean(answers.ec || answers.partial || answers.guarantor)}>
      <summary className="min-h-8 font-semibold">更多情况（选填，让结果更贴近您）</summary>
      <div className="mt-4 space-y-5">
        <ChoiceGroup
          name="ec"
          legend="申请时填过紧急联系人吗？（选填）"
          choices={EMERGENCY}
          value={answers.ec}
          onChange={(v) => set("ec", v)}
          error={errorOf("ec")}
          columns={3}
          size="small"
        />
        <ChoiceGroup
          name="partial"
          legend="逾期后已经还了一部分吗？（选填）"
          choices={PARTIAL}
          value={answers.partial}
          onChange={(v) => set("partial", v)}
          error={errorOf("partial")}
          columns={2}
          size="small"
        />
        <ChoiceGroup
          name="guarantor"
          legend="这笔借款有共同借款人或担保人吗？（选填）"
          choices={GUARANTOR}
          value={answers.guarantor}
          onChange={(v) => set("guarantor", v)}
          error={errorOf("guarantor")}
          columns={3}
          size="small"
        />
      </div>
    </details>
  );
}

/** Disabled until hydration, which also blocks the browser's own submission without JavaScript. */
function SubmitButton({ hydrated }: { hydrated: boolean }) {
  return (
    <div className="space-y-2">
      <button
        type="submit"
        disabled={!hydrated}
        className="min-h-12 w-full rounded-lg bg-accent px-5 text-lg font-semibold text-accent-fg hover:bg-accent-strong disabled:opacity-60 sm:w-auto"
      >
        查看我的时间线
      </button>
      <p className="text-sm text-muted">结果只在您的设备上计算，不会上传。</p>
      <noscript>
        <p className="font-semibold text-warn">
          这个自查需要在浏览器里运行 JavaScript 才能计算。您的浏览器关闭了它；开启后即可使用，答案同样不会上传。
        </p>
      </noscript>
    </div>
  );
}
