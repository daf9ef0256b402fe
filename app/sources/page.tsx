import type { Metadata } from "next";
import { Citations } from "@/components/citations";
import { FiguresChart } from "@/components/sources/figures-chart";
import { FiguresTable } from "@/components/sources/figures-table";
import { SourceList } from "@/components/sources/source-list";
import { loadContent } from "@/lib/content/load-content";
import type { Source } from "@/lib/content/schema";
import { dayRangeText, spreadText } from "@/lib/format/day-window";
import { absoluteUrl, SITE_NAME } from "@/lib/questions/site-url";
import { datedFigures, eventSpread } from "@/lib/sources/event-spread";

const TITLE = "资料来源：谁说了什么，各自有多可信";
const DESCRIPTION =
  "借呗、花呗逾期后多久联系紧急联系人？五篇网络文章给出的天数从一周到三个月不等。这里把每个来源的说法并排列出，并说明第三方文章、法律和行业规则各该给多少分量。";

export const metadata: Metadata = {
  title: TITLE,
  description: DESCRIPTION,
  alternates: { canonical: absoluteUrl("/sources") },
  openGraph: { title: TITLE, description: DESCRIPTION, url: absoluteUrl("/sources"), siteName: SITE_NAME, locale: "zh_CN", type: "website" },
};

const GROUPS: { trust: Source["trust"]; title: string; note: string }[] = [
  { trust: "official-text", title: "法律、法规和司法解释（正式文本）", note: "本项目读过原文。它们规定能做什么、不能做什么，但不规定催收在第几天开始。" },
  { trust: "secondary", title: "标准、行业规则、新闻和官方渠道（二手转述）", note: "来源本身可信，但本项目读到的是新闻或摘要，不是全文，所以措辞更谨慎。" },
  { trust: "third-party-article", title: "第三方文章", note: "时间线上的天数几乎都来自这里。它们没有引用平台条款，彼此矛盾，只能当作经验说法。" },
];

const FOCUS = "emergency-contact-called";

export default function SourcesPage() {
  const content = loadContent();
  const focus = eventSpread(FOCUS);
  const others = content.events.filter((e) => e.id !== FOCUS).map((e) => eventSpread(e.id));
  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <h1 className="text-2xl font-bold leading-snug">{TITLE}</h1>
        <p className="text-muted">
          平台没有公开自己的催收流程。网上关于「逾期多久会怎样」的天数，几乎都来自第三方文章，而它们彼此并不一致。本站不挑一个数字，而是把每个说法并排列出，用多数来源集中的范围做时间线。
        </p>
      </header>

      <section aria-labelledby={`event-${FOCUS}-title`} id={`event-${FOCUS}`} className="space-y-2">
        <h2 id={`event-${FOCUS}-title`} className="text-xl font-semibold">
          紧急联系人会在逾期第几天被联系？
        </h2>
        <p>
          {datedFigures(focus.figures).length}种说法，从{spreadText(focus.spread.minDay, focus.spread.maxDay)}
          都有；多数集中在{dayRangeText(focus.band.fromDay, focus.band.toDay)}。
        </p>
        <FiguresChart spread={focus} />
        <FiguresTable spread={focus} />
      </section>

      <section aria-labelledby="by-source" className="space-y-4">
        <h2 id="by-source" className="text-xl font-semibold">
          全部来源
        </h2>
        {GROUPS.map((g) => (
          <div key={g.trust} className="space-y-2">
            <h3 className="text-lg font-semibold">{g.title}</h3>
            <p className="text-sm text-muted">{g.note}</p>
            <SourceList sources={content.sources.filter((s) => s.trust === g.trust)} />
          </div>
        ))}
      </section>

      <section aria-labelledby="events" className="space-y-6">
        <h2 id="events" className="text-xl font-semibold">
          其他事件：各来源怎么说
        </h2>
        {others.map((s) => (
          <div key={s.event.id} id={`event-${s.event.id}`} className="space-y-1">
            <h3 className="text-lg font-semibold">{s.event.title}</h3>
            <p className="text-sm">{s.event.description}</p>
            {datedFigures(s.figures).length > 1 ? <FiguresChart spread={s} /> : null}
            <FiguresTable spread={s} />
          </div>
        ))}
      </section>

      <section aria-labelledby="stages" className="space-y-3">
        <h2 id="stages" className="text-xl font-semibold">
          逾期阶段怎么划分
        </h2>
        <p className="text-sm text-muted">阶段的分界来自文章描述的做法变化，不是平台公布的规则。</p>
        <ol className="space-y-3">
          {content.stages.map((st) => (
            <li key={st.id} id={`stage-${st.id}`} className="rounded-lg border border-line bg-card p-3">
              <h3 className="font-semibold">
                {st.name}（{dayRangeText(st.fromDay, st.toDay)}）
              </h3>
              <p>{st.summary}</p>
              <Citations citations={st.citations} />
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="consequences" className="space-y-3">
        <h2 id="consequences" className="text-xl font-semibold">
          逾期的后果
        </h2>
        <ul className="space-y-3">
          {content.consequences.map((q) => (
            <li key={q.id} id={`consequence-${q.id}`} className="rounded-lg border border-line bg-card p-3">
              <h3 className="font-semibold">{q.title}</h3>
              <p>{q.body}</p>
              <Citations citations={q.citations} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="factors" className="space-y-3">
        <h2 id="factors" className="text-xl font-semibold">
          哪些情况会让联系提前或推后
        </h2>
        <ul className="space-y-3">
          {content.factors.map((f) => (
            <li key={f.id} id={`factor-${f.id}`} className="rounded-lg border border-line bg-card p-3">
              <h3 className="font-semibold">{f.label}</h3>
              <p>{f.explanation}</p>
              <Citations citations={f.citations} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
