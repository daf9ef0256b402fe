import type { Metadata } from "next";
import Link from "@/components/site-link";
import { FaqJsonLd } from "@/components/qa/faq-json-ld";
import { Island } from "@/components/island";
import { QuestionSearch, type CrisisLine, type SearchItem } from "@/components/qa/question-search";
import { helpLineById, servesLabel } from "@/lib/format/help-lines";
import { buildSearchIndex } from "@/lib/questions/search";
import { loadContent, loadQuestions } from "@/content";
import { TOPICS } from "@/lib/questions/frontmatter";
import { absoluteUrl, SITE_NAME } from "@/lib/questions/site-url";
import { OG_LOCALE, SITE_SCRIPT } from "@/lib/script/site-script";
import { TOPIC_TITLES } from "@/lib/questions/topics";

const TITLE = "借呗、花呗逾期常见问题";
const DESCRIPTION =
  "逾期多久会联系紧急联系人？会上征信吗？会被起诉吗？每个问题先给两句话的回答，再列出各方说法的范围和出处，最后可以按您的情况查看时间线。";

export const metadata: Metadata = {
  title: TITLE,
  description: DESCRIPTION,
  alternates: { canonical: absoluteUrl("/questions") },
  openGraph: { title: TITLE, description: DESCRIPTION, url: absoluteUrl("/questions"), siteName: SITE_NAME, locale: OG_LOCALE, type: "website" },
};

export default function QuestionsPage() {
  const questions = loadQuestions();
  const items: SearchItem[] = questions.map((q) => ({ slug: q.slug, question: q.question, short: q.shortText, topic: q.topic }));
  // Built here, at build time, from the questions' own text; the page carries it as data.
  const index = buildSearchIndex(questions.map((q) => ({ slug: q.slug, question: q.question, keywords: q.keywords, short: q.shortText })));
  const { helpLines } = loadContent();
  const crisis: CrisisLine[] = ["crisis-12356", "hk-18111", "tw-1925", "police-110"]
    .map((id) => helpLineById(helpLines, id))
    .filter((l) => SITE_SCRIPT === "hant" || l.serves === "mainland")
    .map((l) => ({ number: l.number, name: l.name, where: servesLabel(l.serves, SITE_SCRIPT) }));
  const groups = TOPICS.map((topic) => ({ topic, title: TOPIC_TITLES[topic] }));
  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <h1 className="text-2xl font-bold leading-snug">{TITLE}</h1>
        <p className="text-muted">
          网上的文章常常各给一个肯定的数字，而且互相矛盾。这里的回答给出各方说法的范围、谁这样说，以及这对您意味着什么；所有天数都和您的时间线用的是同一份数据。
        </p>
        <p className="text-sm">
          <Link href="/questions/advice">全部应对建议和催收规则</Link>　·　<Link href="/sources">各来源的说法对比</Link>
        </p>
      </header>
      <Island component={QuestionSearch} props={{ items, groups, index, crisis }} />
      <FaqJsonLd items={questions.map((q) => ({ question: q.question, answer: q.shortText }))} />
    </div>
  );
}
