import { RichText } from "@/components/qa/rich-text";
import { FiguresChart } from "@/components/sources/figures-chart";
import { FiguresTable } from "@/components/sources/figures-table";
import type { Block } from "@/lib/questions/markdown";
import type { ResolveContext } from "@/lib/questions/placeholders";
import { eventSpread } from "@/lib/sources/event-spread";

/** A question's detail, rendered on the server from the parsed Markdown. */
export function MarkdownBody({ blocks, ctx }: { blocks: readonly Block[]; ctx: ResolveContext }) {
  return (
    <div className="space-y-3">
      {blocks.map((b, i) => {
        switch (b.type) {
          case "heading":
            return b.level === 2 ? (
              <h2 key={i} className="pt-2 text-xl font-semibold">
                <RichText nodes={b.children} ctx={ctx} />
              </h2>
            ) : (
              <h3 key={i} className="pt-1 text-lg font-semibold">
                <RichText nodes={b.children} ctx={ctx} />
              </h3>
            );
          case "paragraph":
            return (
              <p key={i}>
                <RichText nodes={b.children} ctx={ctx} />
              </p>
            );
          case "list": {
            const items = b.items.map((item, j) => (
              <li key={j}>
                <RichText nodes={item} ctx={ctx} />
              </li>
            ));
            return b.ordered ? (
              <ol key={i} className="list-decimal space-y-1 pl-6">
                {items}
              </ol>
            ) : (
              <ul key={i} className="list-disc space-y-1 pl-6">
                {items}
              </ul>
            );
          }
          case "placeholder": {
            const spread = eventSpread(ctx.content.events, b.placeholder.args[0] as string);
            return b.placeholder.name === "figures-chart" ? <FiguresChart key={i} spread={spread} /> : <FiguresTable key={i} spread={spread} />;
          }
        }
      })}
    </div>
  );
}
