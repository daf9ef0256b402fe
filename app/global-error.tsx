"use client";
import Link from "@/components/site-link";

/** Last resort when the layout itself fails: plain markup, no shared components. */
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "1.5rem", lineHeight: 1.6 }}>
        <h1>页面没能正常显示</h1>
        <p>这是我们这边的问题。请稍后再试，或回到首页。</p>
        <button type="button" onClick={reset} style={{ minHeight: 44, padding: "0 1rem" }}>
          再试一次
        </button>{" "}
        <Link href="/">回到首页</Link>
      </body>
    </html>
  );
}
