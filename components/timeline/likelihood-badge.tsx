import type { Likelihood } from "@/lib/engine/types";
import { DEPENDS_LABEL, LIKELIHOOD_LABELS } from "@/lib/format/labels";

/** The two readings that say it happens or may; the weaker ones, and 要看情况, are muted. */
const STYLE: Partial<Record<Likelihood, string>> = {
  usual: "border-accent text-accent",
  possible: "border-warn text-warn",
};

/** `likelihood` null: an answer left it open, and the card says what it depends on. */
export function LikelihoodBadge({ likelihood }: { likelihood: Likelihood | null }) {
  return (
    <span className={`inline-block rounded-full border px-2 text-sm font-medium ${(likelihood && STYLE[likelihood]) ?? "border-line text-muted"}`}>
      {likelihood ? LIKELIHOOD_LABELS[likelihood] : DEPENDS_LABEL}
    </span>
  );
}
