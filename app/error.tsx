"use client";
import Link from "@/components/site-link";

/** Shown if rendering fails; says nothing about the user's answers and logs nothing. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="space-y-4" role="alert">
      <h1 className="text-2xl font-bold">页面没能正常显示</h1>
      <p>这是我们这边的问题，不是您的操作有误。您的回答只在本机，没有丢失到别处。</p>
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={reset} className="min-h-11 rounded-lg bg-accent px-4 font-semibold text-accent-fg">
          再试一次
        </button>
        <Link href="/" className="inline-flex min-h-11 items-center rounded-lg border border-line px-4">
          回到首页
        </Link>
      </div>
    </div>
  );
}
