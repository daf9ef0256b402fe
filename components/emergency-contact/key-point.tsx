import { ShortCite } from "@/components/emergency-contact/short-cite";
import type { CitedItem } from "@/lib/emergency-contact/page-data";

/**
 * One answer on the first screen, kept short so all three fit a 360 x 740 phone:
 * the sources sit behind a one-tap "出处" disclosure (still in the page, so they
 * print, are searchable and are checked by the tests).
 */
export function KeyPoint({ item }: { item: CitedItem }) {
  return (
    <div className="rounded-lg border border-line bg-card px-3 py-2" data-claim={item.id}>
      <h2 className="font-bold">{item.title}</h2>
      <p>{item.body}</p>
      <details className="text-sm text-muted">
        <summary className="py-1">出处</summary>
        <ShortCite citations={item.citations} />
      </details>
    </div>
  );
}
