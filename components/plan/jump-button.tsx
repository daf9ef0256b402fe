"use client";
import { focusTarget } from "@/components/focus-target";

/** An in-page jump that leaves the URL (and so the answers in its fragment) alone. */
export function JumpButton({ targetId, children, className = "" }: { targetId: string; children: React.ReactNode; className?: string }) {
  return (
    <button type="button" onClick={() => focusTarget(targetId)} className={`text-left text-accent underline underline-offset-[3px] ${className}`}>
      {children}
    </button>
  );
}
