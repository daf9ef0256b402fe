"use client";
import { useState } from "react";

type State = "idle" | "copied" | "failed";

/**
 * Copies, with one tap, the text of the `[data-reply-text]` element in the same
 * `[data-claim]` card: it is read from the page, so the words are not sent a second
 * time as a prop. The status line is always in the DOM (empty at first) so screen
 * readers announce the change; if the browser refuses, it says how to copy by hand.
 */
export function CopyButton({ label }: { label: string }) {
  const [state, setState] = useState<State>("idle");
  async function copy(event: React.MouseEvent<HTMLButtonElement>) {
    const text = event.currentTarget.closest("[data-claim]")?.querySelector("[data-reply-text]")?.textContent?.trim();
    try {
      if (!navigator.clipboard || !text) throw new Error("no clipboard");
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  }
  return (
    <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1">
      <button
        type="button"
        onClick={copy}
        className="min-h-11 rounded-lg bg-accent px-4 py-2 font-semibold text-accent-fg hover:bg-accent-strong"
      >
        {label}
      </button>
      <p role="status" className="text-sm">
        {state === "copied" ? "已复制，可以去粘贴了。" : state === "failed" ? "没能自动复制：请长按上面的文字，选择「复制」。" : ""}
      </p>
    </div>
  );
}
