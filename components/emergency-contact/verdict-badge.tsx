import type { Verdict } from "@/lib/schema/emergency-contact-ids";

const LOOK: Record<Verdict, { label: string; className: string }> = {
  "crosses-line": { label: "越界了", className: "bg-error-soft text-error" },
  "your-right": { label: "您可以叫停", className: "bg-warn-soft text-warn" },
  normal: { label: "正常范围", className: "bg-accent-soft text-accent" },
};

/** The verdict in words (never colour alone). */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const look = LOOK[verdict];
  return (
    <span className={`mb-1 inline-block rounded px-2 py-0.5 text-sm font-semibold ${look.className}`} data-verdict={verdict}>
      {look.label}
    </span>
  );
}
