import type { ReactNode } from "react";
import Link from "@/components/site-link";
import { SourceTitle } from "@/components/sources/source-title";
import { loadContent } from "@/content";
import { dayRangeText } from "@/lib/format/day-window";
import { figureComparisons, POSITION_LABELS, reportsLimitedBy, rulesLimitingReportsOf } from "@/lib/sources/agreement";

/** Where the source agrees and disagrees with the others: on days, and against the rules. */
export function SourceComparisons({ sourceId }: { sourceId: string }) {
  const content = loadContent();
  const figures = figureComparisons(content, sourceId);
  const tensions = rulesLimitingReportsOf(content, sourceId);
  const limited = reportsLimitedBy(content, sourceId);
  if (figures.length === 0 && tensions.length === 0 && limited.length === 0) {
    return (
      <section aria-labelledby="compare" className="space-y-2">
        <h2 id="compare" className="text-xl font-semibold">
          与其他来源比较
        </h2>
        <p className="text-muted">它没有给出天数，也不直接限制文章描述的做法，所以这里没有可以并排比较的说法。</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="compare" className="space-y-4">
      <h2 id="compare" className="text-xl font-semibold">
        与其他来源比较
      </h2>
      {figures.length > 0 ? (
        <div className="space-y-3">
          <h3 className="font-semibold">天数上的异同</h3>
          {figures.map((c, i) => (
            <div key={`${c.event.id}-${i}`} className="rounded-lg border border-line bg-card p-3 text-sm">
              <p>
                <Link href={`/sources/claims#event-${c.event.id}`} className="font-medium underline">
                  {c.event.title}
                </Link>
                ：它说{dayRangeText(c.figure.fromDay, c.figure.toDay)}（{c.figure.says}），
                <strong>{POSITION_LABELS[c.position]}</strong>（{dayRangeText(c.spread.band.fromDay, c.spread.band.toDay)}）。
              </p>
              {c.agreeWith.length > 0 ? (
                <p className="mt-1">
                  相近的说法：
                  <Joined separator="；" parts={c.agreeWith.map((f, j) => ({ key: j, node: <><SourceTitle id={f.source} />（{f.says}）</> }))} />
                </p>
              ) : null}
              {c.disagreeWith.length > 0 ? (
                <p className="mt-1">
                  相差一周以上的说法：
                  <Joined separator="；" parts={c.disagreeWith.map((f, j) => ({ key: j, node: <><SourceTitle id={f.source} />（{f.says}）</> }))} />
                </p>
              ) : null}
            </div>
          ))}
        </div>
      ) : null}
      {tensions.length > 0 ? (
        <div className="space-y-2">
          <h3 className="font-semibold">文章描述的做法，规则怎么限制</h3>
          <p className="text-sm text-muted">文章说的是作者看到的做法；规则说的是允许的范围。两者不一致时，以规则为准。</p>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {tensions.map((t) => (
              <li key={t.event.id}>
                {t.event.title}：
                <Joined
                  separator="；"
                  parts={t.rules.map((r) => ({ key: r.id, node: <Link href={`/questions/advice#rule-${r.id}`} className="underline">{r.title}</Link> }))}
                />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {limited.length > 0 ? (
        <div className="space-y-2">
          <h3 className="font-semibold">它限制了文章描述的哪些做法</h3>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {limited.map((l) => (
              <li key={l.rule.id}>
                <Link href={`/questions/advice#rule-${l.rule.id}`} className="underline">{l.rule.title}</Link>：适用于
                <Joined
                  separator="、"
                  parts={l.events.map((e) => ({ key: e.id, node: <Link href={`/sources/claims#event-${e.id}`} className="underline">{e.title}</Link> }))}
                />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

/** Inline items with a separator between them, e.g. "甲；乙；丙". */
function Joined({ parts, separator }: { parts: { key: string | number; node: ReactNode }[]; separator: string }) {
  return parts.map((p, i) => (
    <span key={p.key}>
      {i > 0 ? separator : null}
      {p.node}
    </span>
  ));
}
