import type { Likelihood } from "@/lib/engine/types";
import { DEPENDS_LABEL, LIKELIHOOD_LABELS } from "@/lib/format/labels";

const STYLE: Record<Likelihood | "depends", string> = {
  usual: "border-accent text-accent",
  possible: "border-warn text-warn",
  uncommon: "border-line text-muted",
  rare: "border-line text-muted",
  depends: "border-line text-muted",
};

/** `likelihood` null: an answer left it open, and the card says what it depends on. */
export function LikelihoodBadge({ likelihood }: { likelihood: Likelihood | null }) {
  return (
    <span className={`inline-block rounded-full border px-2 text-sm font-medium ${STYLE[likelihood ?? "depends"]}`}>
      {likelihood ? LIKELIHOOD_LABELS[likelihood] : DEPENDS_LABEL}
    </span>
  );
}
