"use client";
import { SituationForm } from "@/components/situation-form/situation-form";
import { useLocationHash } from "@/components/hooks/use-location-hash";
import { readFragment } from "@/lib/situation/share-link";

/**
 * The form on the home page, prefilled from the fragment when a "修改答案" link
 * brings the user back. Keyed by the fragment so a new link starts a fresh form.
 */
export function CheckEntry() {
  const hash = useLocationHash();
  const initial = hash ? readFragment(hash).raw : {};
  return <SituationForm key={hash ?? ""} initial={initial} />;
}
