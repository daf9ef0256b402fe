import type { Metadata } from "next";
import Link from "@/components/site-link";
import { Citations } from "@/components/citations";
import { AdviceCard } from "@/components/qa/advice-card";
import { loadContent } from "@/content";
import { chinaDate } from "@/lib/emergency-contact/page-data";
import { formatChineseDate } from "@/lib/dates/iso-date";
import { ruleOnDay } from "@/lib/engine/in-force";
import { absoluteUrl, SITE_NAME } from "@/lib/questions/site-url";
import { OG_LOCALE } from "@/lib/script/site-script";

const TITLE = "逾期后的应对建议和催收规则";
const DESCRIPTION = "文章里给出的应对办法，合并重复、改写成可以照做的步骤，并注明出处；以及法律和行业规则对催收的限制。";

export const metadata: Metadata = {
  title: TITLE,
  description: DESCRIPTION,
  alternates: { canonical: absoluteUrl("/questions/advice") },
  openGraph: { title: TITLE, description: DESCRIPTION, url: absoluteUrl("/questions/advice"), siteName: SITE_NAME, locale: OG_LOCALE, type: "article" },
};

const AUDIENCE = { borrower: "借款人", contact: "紧急联系人" } as const;

export default function AdvicePage() {
  const content = loadContent();
  // Prerendered once: the rules are those in force on the build day in China, statement by statement.
  const today = chinaDate(new Date());
  const sourcesById = new Map(content.sources.map((s) => [s.id, s]));
  const rules = content.collectionRules.map((r) => ruleOnDay(r, (id) => sourcesById.get(id), today)).filter((r) => r !== null);
  const stageNames = new Map(content.stages.map((s) => [s.id, s.name]));
  const advice = [...content.advice].sort((a, b) => a.priority - b.priority);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href="/questions">← 全部问题</Link>
        </p>
        <h1 className="text-2xl font-bold leading-snug">{TITLE}</h1>
        <p className="text-muted">时间线和给紧急联系人的页面，都从这份清单里挑选当下合适的建议。</p>
      </header>
      <section aria-labelledby="advice" className="space-y-3">
        <h2 id="advice" className="text-xl font-semibold">
          应对建议
        </h2>
        {advice.map((a) => (
          <div key={a.id} className="space-y-1">
            <AdviceCard advice={a} />
            <p className="px-1 text-sm text-muted">
              适合：{a.audience.map((x) => AUDIENCE[x]).join("、")}；阶段：
              {a.stages.map((s) => stageNames.get(s) ?? s).join("、")}
            </p>
          </div>
        ))}
      </section>
      <section aria-labelledby="rules" className="space-y-3">
        <h2 id="rules" className="text-xl font-semibold">
          催收规则：允许什么，禁止什么
        </h2>
        <p className="text-sm text-muted">
          按{formatChineseDate(today)}有效的规定列出，每句注明依据。法律是法律；国家标准是推荐性标准；「行业指引」是行业协会的自律规则，不是法律，内容来自新闻摘要，是否约束具体平台尚未核实。
        </p>
        {rules.map((r) => (
          <div key={r.id} id={`rule-${r.id}`} data-claim={`rule:${r.id}`} className="rounded-lg border border-line bg-card p-3">
            <h3 className="font-semibold">{r.title}</h3>
            <ul className="mt-1 space-y-2">
              {r.statements.map((s) => (
                <li key={s.text}>
                  <p>{s.text}</p>
                  <Citations citations={[s.basis]} />
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
    </div>
  );
}
