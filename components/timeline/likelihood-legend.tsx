import { LIKELIHOOD_SCALE } from "@/lib/schema/likelihood-scale";
import { LIKELIHOOD_LABELS } from "@/lib/format/labels";

/** What the badges are: our reading, never firmer than the sources' own words, and where those are. Server-rendered. */
export function LikelihoodLegend() {
  const words = [...LIKELIHOOD_SCALE].reverse().map((l) => LIKELIHOOD_LABELS[l]).join("、");
  return (
    <p className="text-sm text-muted" data-likelihood-legend>
      每一项旁边的词（{words}）是本工具根据来源的说法和您的回答作出的判断，不会比来源的原话更肯定；原话在每一项的「为什么这样估计？」里。
    </p>
  );
}
