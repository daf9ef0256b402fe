import type { LinkProblem } from "@/lib/situation/share-link";
import type { FieldError } from "@/lib/situation/parse-situation";
import { FIELD_LABELS } from "@/lib/schema/situation-answers";

/** Which part of a shared link is wrong, in plain words. Text only: React escapes it. */
export function LinkProblems({ problems, errors }: { problems: LinkProblem[]; errors: FieldError[] }) {
  return (
    <div role="alert" className="rounded-lg border-2 border-warn bg-warn-soft p-4">
      <h2 className="font-semibold">这个链接有些地方不对，暂时算不出时间线</h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {errors.map((e) => (
          <li key={`e-${e.field}`}>
            「{FIELD_LABELS[e.field as keyof typeof FIELD_LABELS] ?? e.field}」：{e.message}
          </li>
        ))}
        {problems.map((p, i) => (
          <li key={`p-${i}`}>
            「{p.part}」：{p.message}
          </li>
        ))}
      </ul>
      <p className="mt-2">下面的表格已经填好了链接里能用的部分，补全后就能看到结果。</p>
    </div>
  );
}
