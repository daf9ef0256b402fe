"use client";
import Link from "@/components/site-link";
import { useState } from "react";
import { useHydrated } from "@/components/hooks/use-hydrated";

export type SearchItem = { slug: string; question: string; short: string; keywords: string; topic: string };
export type SearchGroup = { topic: string; title: string };


/** Full-width letters and digits to half-width, lower case, no spaces: how the index and the query are compared. */
function normalize(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toLowerCase()
    .replace(/\s+/g, "");
}

/**
 * The question list with a filter box. Everything is in the props (a small index built
 * at build time), so searching never asks a server. Without JavaScript the full list
 * renders and the box stays hidden, since it could not do anything.
 */
export function QuestionSearch({ items, groups }: { items: SearchItem[]; groups: SearchGroup[] }) {
  const hydrated = useHydrated();
  const [query, setQuery] = useState("");
  const terms = query.split(/[\s,，、]+/).map(normalize).filter(Boolean);
  const haystack = (i: SearchItem) => normalize(`${i.question}${i.short}${i.keywords}`);
  const shown = terms.length === 0 ? items : items.filter((i) => terms.every((t) => haystack(i).includes(t)));
  return (
    <div className="space-y-6">
      {hydrated ? (
        <div role="search" className="space-y-1">
          <label htmlFor="question-search" className="block font-semibold">
            搜索问题
          </label>
          <input
            id="question-search"
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="例如：紧急联系人、征信、起诉"
            autoComplete="off"
            className="w-full rounded-lg border border-line bg-card px-3 py-2 text-base"
            aria-describedby="question-search-count"
          />
          <p id="question-search-count" className="text-sm text-muted" aria-live="polite">
            {terms.length === 0 ? `共${items.length}个问题` : shown.length === 0 ? "没有找到相关的问题，换个说法试试" : `找到${shown.length}个问题`}
          </p>
        </div>
      ) : null}
      {groups.map((g) => {
        const inGroup = shown.filter((i) => i.topic === g.topic);
        if (inGroup.length === 0) return null;
        return (
          <section key={g.topic} aria-labelledby={`topic-${g.topic}`} className="space-y-2">
            <h2 id={`topic-${g.topic}`} className="text-xl font-semibold">
              {g.title}
            </h2>
            <ul className="space-y-3">
              {inGroup.map((i) => (
                <li key={i.slug} className="rounded-lg border border-line bg-card p-3" data-question={i.slug}>
                  <Link href={`/questions/${i.slug}`} className="font-medium">
                    {i.question}
                  </Link>
                  <p className="mt-1 text-sm text-muted">{i.short}</p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
