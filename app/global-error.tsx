"use client";
import Link from "@/components/site-link";

/** Last resort when the layout itself fails: plain markup, no shared components. */
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  // The build's script, inlined at build time (lib/script/site-script.ts reads the same
  // variable; importing it here would add a module to every page's first load).
  return (
    <html lang={process.env.SITE_BASE_PATH ? "zh-Hant" : "zh-Hans"}>
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
