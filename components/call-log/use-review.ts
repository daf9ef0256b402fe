"use client";
import { useDeferredValue, useMemo } from "react";
import { checkLog, type Finding } from "@/lib/call-log/check";
import type { Entry } from "@/lib/call-log/entry";
import type { RuleBook } from "@/lib/call-log/rule-book";
import { summarize } from "@/lib/call-log/summary";

/**
 * The log checked against the rule book: findings, findings by entry and the summary.
 * The review follows the entries a moment later: a tap answers at once (the status
 * line, the cleared form), and checking and re-listing a long log happens after it.
 */
export function useReview(entries: Entry[], book: RuleBook) {
  const reviewed = useDeferredValue(entries);
  const findings = useMemo(() => checkLog(reviewed, book.rules, book.sources), [reviewed, book]);
  const byEntry = useMemo(() => {
    const map = new Map<string, Finding[]>();
    for (const f of findings) for (const id of f.entryIds) map.set(id, [...(map.get(id) ?? []), f]);
    return map;
  }, [findings]);
  const summary = useMemo(() => summarize(reviewed, findings, book.rules.map((r) => r.id)), [reviewed, findings, book]);
  return { reviewed, findings, byEntry, summary };
}
