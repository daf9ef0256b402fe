import type { Metadata } from "next";
import Link from "@/components/site-link";
import { FiguresChart } from "@/components/sources/figures-chart";
import { FiguresTable } from "@/components/sources/figures-table";
import { SourceList } from "@/components/sources/source-list";
import { loadContent } from "@/content";
import type { Source } from "@/lib/schema/content";
import { dayRangeText, spreadText } from "@/lib/format/day-window";
import { absoluteUrl, SITE_NAME } from "@/lib/questions/site-url";
import { OG_LOCALE } from "@/lib/script/site-script";
import { datedFigures, eventSpread } from "@/lib/sources/event-spread";

const TITLE = "资料来源：谁说了什么，各自有多可信";
const DESCRIPTION =
  "借呗、花呗逾期后多久联系紧急联系人？网络文章和读者评论给出的天数从一周到三个月不等。这里把每个来源的说法并排列出，并说明第三方文章、法律和行业规则各该给多少分量。";

export const metadata: Metadata = {
  title: TITLE,
  description: DESCRIPTION,
  alternates: { canonical: absoluteUrl("/sources") },
  openGraph: { title: TITLE, description: DESCRIPTION, url: absoluteUrl("/sources"), siteName: SITE_NAME, locale: OG_LOCALE, type: "website" },
};

const GROUPS: { trust: Source["trust"]; title: string; note: string }[] = [
  { trust: "official-text", title: "法律、法规和司法解释（正式文本）", note: "本项目读过原文。它们规定能做什么、不能做什么，但不规定催收在第几天开始。" },
  { trust: "secondary", title: "标准、行业规则、新闻和官方渠道（二手转述）", note: "来源本身可信，但本项目读到的是新闻或摘要，不是全文，所以措辞更谨慎。" },
  { trust: "third-party-article", title: "第三方文章", note: "时间线上的天数几乎都来自这里。它们没有引用平台条款，彼此矛盾，只能当作经验说法。" },
];

const FOCUS = "emergency-contact-called";

export default function SourcesPage() {
  const content = loadContent();
  const focus = eventSpread(content.events, FOCUS);
  const others = content.events.filter((e) => e.id !== FOCUS).map((e) => eventSpread(content.events, e.id));
  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <h1 className="text-2xl font-bold leading-snug">{TITLE}</h1>
        <p className="text-muted">
          平台没有公开自己的催收流程。网上关于「逾期多久会怎样」的天数，几乎都来自第三方文章，而它们彼此并不一致。本站不挑一个数字，而是把每个说法并排列出，取居中的说法所在的范围做时间线。
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

      <section aria-labelledby="events" className="space-y-3">
        <h2 id="events" className="text-xl font-semibold">
          其他事件：各来源说从第几天开始
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">每个事件：时间线采用的范围，各来源说法的跨度，给出天数的来源数</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-1 pr-2 font-semibold">事件</th>
                <th scope="col" className="py-1 pr-2 font-semibold">时间线采用</th>
                <th scope="col" className="py-1 font-semibold">各来源跨度</th>
              </tr>
            </thead>
            <tbody>
              {others.map((s) => (
                <tr key={s.event.id} className="border-b border-line align-top" data-claim={`event:${s.event.id}`}>
                  <td className="py-1 pr-2">
                    <Link href={`/sources/claims#event-${s.event.id}`} className="underline">
                      {s.event.title}
                    </Link>
                  </td>
                  <td className="py-1 pr-2">{dayRangeText(s.band.fromDay, s.band.toDay)}</td>
                  <td className="py-1">{s.placementNote ? "没有来源给出天数（本站估计）" : spreadText(s.spread.minDay, s.spread.maxDay)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="text-sm">
          <Link href="/sources/claims" className="underline">
            逐项查看每个事件、阶段、后果和影响因素的出处
          </Link>
        </p>
      </section>
    </div>
  );
}
