"use client";
import Link from "@/components/site-link";
import { useMemo, useState } from "react";
import { useHydrated } from "@/components/hooks/use-hydrated";
import { isDistress } from "@/lib/questions/distress";
import { makeDictionary, searchQuestions, type SearchIndex } from "@/lib/questions/search";

export type SearchItem = { slug: string; question: string; short: string; topic: string };
export type SearchGroup = { topic: string; title: string };
/** A crisis line as the help card shows it: the number, its name, where it serves (null: no label needed). */
export type CrisisLine = { number: string; name: string; where: string | null };

function QuestionItem({ item }: { item: SearchItem }) {
  return (
    <li className="rounded-lg border border-line bg-card p-3" data-question={item.slug}>
      <Link href={`/questions/${item.slug}`} className="font-medium">
        {item.question}
      </Link>
      <p className="mt-1 text-sm text-muted">{item.short}</p>
    </li>
  );
}

/**
 * The question list with a search box. The index is built at build time from the questions'
 * own text (lib/questions/search.ts) and comes in the props, so searching never asks a
 * server; results are ranked, best first. Words of despair (lib/questions/distress.ts)
 * bring the free help lines first. Nothing typed is stored or sent. Without JavaScript the
 * full list renders and the box stays hidden, since it could not do anything.
 */
export function QuestionSearch({ items, groups, index, crisis }: { items: SearchItem[]; groups: SearchGroup[]; index: SearchIndex; crisis: CrisisLine[] }) {
  const hydrated = useHydrated();
  const [query, setQuery] = useState("");
  const dict = useMemo(() => makeDictionary(index.vocabulary), [index]);
  const searching = query.trim() !== "";
  const distress = isDistress(query);
  const bySlug = new Map(items.map((i) => [i.slug, i]));
  const hits = searching ? searchQuestions(index, query, dict).flatMap((h) => bySlug.get(h.slug) ?? []) : [];
  return (
    <div className="space-y-6">
      {/* Without script the search cannot work, so it is hidden until the page runs; its
          place is kept, so the list does not move when it appears. */}
      <div role="search" className={hydrated ? "space-y-1" : "invisible space-y-1"} aria-hidden={hydrated ? undefined : true}>
        <label htmlFor="question-search" className="block font-semibold">
          搜索问题
        </label>
        <input
          id="question-search"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="例如：逾期12天会打电话给家人吗"
          autoComplete="off"
          disabled={!hydrated}
          className="w-full rounded-lg border border-line bg-card px-3 py-2 text-base"
          aria-describedby="question-search-count"
        />
        <p id="question-search-count" className="text-sm text-muted" aria-live="polite">
          {!searching ? `共${items.length}个问题` : distress ? "先看这里：有人可以说说话" : hits.length === 0 ? "没有找到相关的问题，换个说法试试" : `找到${hits.length}个问题，最相关的在前`}
        </p>
      </div>
      {searching ? (
        <ul className="space-y-3">
          {distress ? (
            <li className="rounded-lg border-2 border-accent bg-accent-soft p-3" data-help-result>
              <p>如果压力大到撑不下去，现在就可以打电话找人说说，可以不说名字：</p>
              <ul className="mt-1">
                {crisis.map((c) => (
                  <li key={c.number}>
                    <a href={`tel:${c.number}`} className="whitespace-nowrap font-semibold underline">
                      {c.number}
                    </a>{" "}
                    {c.name}
                    {c.where ? `（${c.where}）` : null}
                  </li>
                ))}
              </ul>
              <p className="mt-1">
                <Link href="/help" className="font-medium">
                  求助电话：心理援助、急救、法律咨询
                </Link>
              </p>
            </li>
          ) : null}
          {hits.map((i) => (
            <QuestionItem key={i.slug} item={i} />
          ))}
        </ul>
      ) : (
        groups.map((g) => {
          const inGroup = items.filter((i) => i.topic === g.topic);
          if (inGroup.length === 0) return null;
          return (
            <section key={g.topic} aria-labelledby={`topic-${g.topic}`} className="space-y-2">
              <h2 id={`topic-${g.topic}`} className="text-xl font-semibold">
                {g.title}
              </h2>
              <ul className="space-y-3">
                {inGroup.map((i) => (
                  <QuestionItem key={i.slug} item={i} />
                ))}
              </ul>
            </section>
          );
        })
      )}
    </div>
  );
}
