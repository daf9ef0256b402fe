import { SituationForm } from "@/components/situation-form/situation-form";
import { LinkProblems } from "@/components/timeline/link-problems";
import type { FieldError } from "@/lib/situation/parse-situation";
import type { LinkProblem } from "@/lib/situation/share-link";
import type { RawAnswers } from "@/lib/situation/situation-schema";

/**
 * What /timeline shows for a link that makes no situation: what is wrong with it, and the
 * form filled with the answers that were sound. Only a broken link needs either, so the
 * timeline loads the two together, on demand (one chunk keeps /timeline inside its budget).
 */
export function BrokenLink({ problems, errors, valid }: { problems: LinkProblem[]; errors: FieldError[]; valid: RawAnswers }) {
  return (
    <div className="space-y-6">
      <LinkProblems problems={problems} errors={errors} />
      <SituationForm initial={valid} initialErrors={errors} />
    </div>
  );
}
