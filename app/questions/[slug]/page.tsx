import type { Metadata } from "next";
import Link from "@/components/site-link";
import { notFound } from "next/navigation";
import { AdviceCard } from "@/components/qa/advice-card";
import { CheckCta } from "@/components/qa/check-cta";
import { FaqJsonLd } from "@/components/qa/faq-json-ld";
import { MarkdownBody } from "@/components/qa/markdown-body";
import { RichText } from "@/components/qa/rich-text";
import { SourceList } from "@/components/sources/source-list";
import { getQuestion, loadContent, loadQuestions } from "@/content";
import { absoluteUrl, SITE_NAME } from "@/lib/questions/site-url";
import { OG_LOCALE } from "@/lib/script/site-script";

export const dynamicParams = false;

export function generateStaticParams() {
  return loadQuestions().map((q) => ({ slug: q.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const q = getQuestion((await params).slug);
  if (!q) return {};
  const url = absoluteUrl(`/questions/${q.slug}`);
  return {
    title: q.question,
    description: q.shortText,
    alternates: { canonical: url },
    openGraph: { title: q.question, description: q.shortText, url, siteName: SITE_NAME, locale: OG_LOCALE, type: "article" },
  };
}

export default async function QuestionPage({ params }: Props) {
  const content = loadContent();
  const q = getQuestion((await params).slug);
  if (!q) notFound();
  const advice = q.advice.map((id) => content.advice.find((a) => a.id === id)).filter((a) => a !== undefined);
  const sources = q.citedSources
    .map((id) => content.sources.find((s) => s.id === id))
    .filter((s) => s !== undefined)
    .sort((a, b) => ["official-text", "secondary", "third-party-article"].indexOf(a.trust) - ["official-text", "secondary", "third-party-article"].indexOf(b.trust));
  const related = loadQuestions().filter((x) => x.topic === q.topic && x.slug !== q.slug);
  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <p className="text-sm">
          <Link href="/questions">← 全部问题</Link>
        </p>
        <h1 className="text-2xl font-bold leading-snug" data-question="">
          {q.question}
        </h1>
        <div className="rounded-lg border-l-4 border-accent bg-card p-4 text-lg" data-short-answer="">
          <h2 className="sr-only">简短回答</h2>
          <p>
            <RichText nodes={q.shortInline} ctx={q.ctx} />
          </p>
        </div>
      </header>

      <section aria-label="详细说明" data-detail="">
        <MarkdownBody blocks={q.body} ctx={q.ctx} />
      </section>

      {advice.length > 0 ? (
        <section aria-labelledby="advice" className="space-y-3">
          <h2 id="advice" className="text-xl font-semibold">
            可以怎么做
          </h2>
          {advice.map((a) => (
            <AdviceCard key={a.id} advice={a} />
          ))}
        </section>
      ) : null}

      <section aria-labelledby="sources" className="space-y-3">
        <h2 id="sources" className="text-xl font-semibold">
          出处
        </h2>
        <p className="text-sm text-muted">正式文本排在前面。第三方文章只代表作者的说法；点开每个来源，可以看到它与其他来源的异同。</p>
        <SourceList sources={sources} />
      </section>

      <CheckCta question={q} />

      {related.length > 0 ? (
        <nav aria-labelledby="related" className="space-y-2">
          <h2 id="related" className="text-lg font-semibold">
            相关问题
          </h2>
          <ul className="list-disc space-y-1 pl-5">
            {related.map((r) => (
              <li key={r.slug} data-question={r.slug}>
                <Link href={`/questions/${r.slug}`}>{r.question}</Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      <FaqJsonLd items={[{ question: q.question, answer: `${q.shortText}\n${q.bodyText}` }]} />
    </article>
  );
}
