"use client";
import { useState } from "react";
import { SituationForm } from "@/components/situation-form/situation-form";
import { useLocationHash } from "@/components/hooks/use-location-hash";
import { readFragment } from "@/lib/situation/share-link";
import { useScriptSwitchFragment } from "@/components/hooks/use-script-switch-fragment";

/** A fragment that carries at least one answer; `#main` or `#field-amount` carries none. */
function carriesAnswers(hash: string | null): hash is string {
  return hash !== null && Object.keys(readFragment(hash).raw).length > 0;
}

/**
 * The form on the home page, prefilled from the fragment when a "修改答案" link
 * brings the user back. A new set of answers in the link starts a fresh form; a
 * fragment with no answers in it (an in-page anchor someone followed) leaves the
 * form and everything typed into it alone.
 */
export function CheckEntry() {
  useScriptSwitchFragment();
  const hash = useLocationHash();
  const [answersHash, setAnswersHash] = useState<string | null>(null);
  if (carriesAnswers(hash) && hash !== answersHash) setAnswersHash(hash);
  const initial = answersHash ? readFragment(answersHash).raw : {};
  return <SituationForm key={answersHash ?? ""} initial={initial} />;
}
