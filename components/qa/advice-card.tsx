import { Citations } from "@/components/citations";
import type { Advice } from "@/lib/schema/content";

/** One item of the advice catalogue, as a question page and the advice page show it. */
export function AdviceCard({ advice, headingLevel = 3 }: { advice: Advice; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div id={`advice-${advice.id}`} data-claim={`advice:${advice.id}`} className="rounded-lg border border-line bg-card p-3">
      <Heading className="font-semibold">{advice.title}</Heading>
      <p className="mt-1">{advice.body}</p>
      {advice.steps && advice.steps.length > 0 ? (
        <ol className="mt-2 list-decimal space-y-1 pl-6">
          {advice.steps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
      ) : null}
      <div className="mt-2">
        <Citations citations={advice.citations} />
      </div>
    </div>
  );
}
