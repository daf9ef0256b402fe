import Link from "@/components/site-link";
import { SourceTitle } from "@/components/sources/source-title";
import type { Inline } from "@/lib/questions/markdown";
import { resolvePlaceholder, type ResolveContext } from "@/lib/questions/placeholders";

/**
 * Inline Markdown with placeholders resolved from the engine's data. Each resolved
 * figure carries `data-claim="kind:id"`, so a test can check that every number on the
 * page came from a claim.
 */
export function RichText({ nodes, ctx }: { nodes: readonly Inline[]; ctx: ResolveContext }) {
  return (
    <>
      {nodes.map((n, i) => {
        switch (n.type) {
          case "text":
            return <span key={i}>{n.value}</span>;
          case "strong":
            return (
              <strong key={i}>
                <RichText nodes={n.children} ctx={ctx} />
              </strong>
            );
          case "link":
            return (
              <Link key={i} href={n.href} className="underline">
                <RichText nodes={n.children} ctx={ctx} />
              </Link>
            );
          case "placeholder": {
            const p = n.placeholder;
            if (p.name === "source") return <SourceTitle key={i} id={p.args[0] as string} />;
            const r = resolvePlaceholder(p, ctx);
            if (!r.claim) return <span key={i} data-situation="">{r.text}</span>;
            // Plain text, not links: a sentence full of links reads badly; the claims are linked from the source pages.
            return (
              <span key={i} data-claim={r.claim}>
                {r.text}
              </span>
            );
          }
        }
      })}
    </>
  );
}
