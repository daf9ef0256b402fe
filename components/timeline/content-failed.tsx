import type { ReactNode } from "react";

/** What /timeline and /plan show when /content.json did not load: the page's words, and a way to try again. */
export function ContentFailed({ retry, children }: { retry: () => void; children: ReactNode }) {
  return (
    <div role="alert" className="space-y-3 rounded-lg border-2 border-warn bg-warn-soft p-4">
      {children}
      <button type="button" onClick={retry} className="min-h-11 rounded-lg bg-accent px-4 font-semibold text-accent-fg">
        重新加载
      </button>
    </div>
  );
}
