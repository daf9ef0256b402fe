"use client";
import Link from "@/components/site-link";
import { useLocationHash } from "@/components/hooks/use-location-hash";

/** Back to the timeline with the same answers: the fragment is only known in the browser. */
export function TimelineLink({ className, children }: { className?: string; children: React.ReactNode }) {
  const hash = useLocationHash() ?? "";
  return (
    <Link href={`/timeline${hash}`} className={className}>
      {children}
    </Link>
  );
}
