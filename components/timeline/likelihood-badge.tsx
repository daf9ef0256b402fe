import type { Likelihood } from "@/lib/engine/types";
import { LIKELIHOOD_LABELS } from "@/lib/format/labels";

const STYLE: Record<Likelihood, string> = {
  expected: "border-accent text-accent",
  possible: "border-warn text-warn",
  unlikely: "border-line text-muted",
};

export function LikelihoodBadge({ likelihood }: { likelihood: Likelihood }) {
  return (
    <span className={`inline-block rounded-full border px-2 text-sm font-medium ${STYLE[likelihood]}`}>
      {LIKELIHOOD_LABELS[likelihood]}
    </span>
  );
}
