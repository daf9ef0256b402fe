"use client";

/**
 * An in-page jump that leaves the URL alone. An `href="#section"` link would replace
 * the fragment, which holds the user's answers, and the page would lose them.
 */
export function JumpButton({ targetId, children, className = "" }: { targetId: string; children: React.ReactNode; className?: string }) {
  return (
    <button
      type="button"
      onClick={() => {
        const target = document.getElementById(targetId);
        if (!target) return;
        target.scrollIntoView({ block: "start" });
        if (!target.matches("input, textarea, select, button, a")) target.setAttribute("tabindex", "-1");
        target.focus({ preventScroll: true });
      }}
      className={`text-left text-accent underline underline-offset-[3px] ${className}`}
    >
      {children}
    </button>
  );
}
