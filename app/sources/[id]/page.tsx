import type { Metadata } from "next";
import Link from "@/components/site-link";
import { notFound } from "next/navigation";
import { SourceClaims } from "@/components/sources/source-claims";
import { SourceComparisons } from "@/components/sources/source-comparisons";
import { kindBesideBadge, TrustBadge } from "@/components/sources/trust-badge";
import { loadContent, questionsCitingSource } from "@/content";
import { formatChineseDate } from "@/lib/dates/iso-date";
import { SOURCE_KIND_LABELS } from "@/lib/format/labels";
import { absoluteUrl, SITE_NAME } from "@/lib/questions/site-url";
import { HTML_LANG, OG_LOCALE } from "@/lib/script/site-script";
import { TRUST_EXPLANATIONS } from "@/lib/sources/weight";

export const dynamicParams = false;

export function generateStaticParams() {
  return loadContent().sources.map((s) => ({ id: s.id }));
}

type Props = { params: Promise<{ id: string }> };

function find(id: string) {
  return loadContent().sources.find((s) => s.id === id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = find((await params).id);
  if (!source) return {};
  const title = `来源：${source.title}`;
  const description = `${source.summary.slice(0, 110)}…… 这份资料的可信度说明，以及它与其他来源的异同。`;
  const url = absoluteUrl(`/sources/${source.id}`);
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { title, description, url, siteName: SITE_NAME, locale: OG_LOCALE, type: "article" },
  };
}

export default async function SourcePage({ params }: Props) {
  loadContent();
  const source = find((await params).id);
  if (!source) notFound();
  const questions = questionsCitingSource(source.id);
  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href="/sources">← 全部来源</Link>
        </p>
        <h1 className="text-2xl font-bold leading-snug" lang={source.language === HTML_LANG || source.publishedTitle ? undefined : source.language}>
          {source.title}
        </h1>
        {source.publishedTitle && source.publishedTitle !== source.title && source.language !== "en" ? (
          <p className="text-sm text-muted" data-published-title="">
            发表时的标题：<span lang={source.language}>{source.publishedTitle}</span>
            <span className="block">上面的标题已转为繁体字；查找或引用原文时，请用发表时的写法。</span>
          </p>
        ) : null}
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="text-muted">类型</dt>
          <dd className="flex flex-wrap items-center gap-2">
            {kindBesideBadge(SOURCE_KIND_LABELS[source.kind], source.trust)} <TrustBadge trust={source.trust} />
          </dd>
          <dt className="text-muted">发布者</dt>
          <dd>
            {source.publisher}
            {source.author ? `（作者：${source.author}）` : null}
          </dd>
          <dt className="text-muted">日期</dt>
          <dd>
            {source.date ? formatChineseDate(source.date) : "未注明"}
            {source.dateNote ? <span className="block text-muted">{source.dateNote}</span> : null}
          </dd>
          {source.effectiveFrom ? (
            <>
              <dt className="text-muted">施行</dt>
              <dd>
                {formatChineseDate(source.effectiveFrom)}起
                {source.effectiveUntil ? `，到${formatChineseDate(source.effectiveUntil)}为止（已被新文本取代）` : null}
              </dd>
            </>
          ) : null}
          {source.url ? (
            <>
              <dt className="text-muted">网址</dt>
              <dd className="break-all">
                <a href={source.url} rel="noopener noreferrer">
                  {source.url}
                </a>
              </dd>
            </>
          ) : null}
        </dl>
      </header>

      <section aria-labelledby="what" className="space-y-2">
        <h2 id="what" className="text-xl font-semibold">
          它说了什么
        </h2>
        <p>{source.summary}</p>
      </section>

      <section aria-labelledby="weight" className="space-y-2 rounded-lg bg-accent-soft p-4">
        <h2 id="weight" className="text-xl font-semibold">
          该给它多少分量
        </h2>
        <p>{TRUST_EXPLANATIONS[source.trust]}</p>
        <p>
          <strong>关于这一份：</strong>
          {source.weightNote}
        </p>
      </section>

      <SourceClaims sourceId={source.id} />
      <SourceComparisons sourceId={source.id} />

      {questions.length > 0 ? (
        <section aria-labelledby="questions" className="space-y-2">
          <h2 id="questions" className="text-xl font-semibold">
            引用它的问答
          </h2>
          <ul className="list-disc space-y-1 pl-5">
            {questions.map((q) => (
              <li key={q.slug}>
                <Link href={`/questions/${q.slug}`}>{q.question}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
