import type { Metadata } from "next";
import Link from "@/components/site-link";
import { Citations } from "@/components/citations";
import { FiguresChart } from "@/components/sources/figures-chart";
import { FiguresTable } from "@/components/sources/figures-table";
import { loadContent } from "@/content";
import { dayRangeText } from "@/lib/format/day-window";
import { absoluteUrl, SITE_NAME } from "@/lib/questions/site-url";
import { OG_LOCALE } from "@/lib/script/site-script";
import { datedFigures, eventSpread } from "@/lib/sources/event-spread";

const TITLE = "每一项说法的出处";
const DESCRIPTION = "时间线上的每个事件、逾期阶段、后果和影响因素，各自依据哪些来源，各来源给出的天数是多少。";

export const metadata: Metadata = {
  title: TITLE,
  description: DESCRIPTION,
  alternates: { canonical: absoluteUrl("/sources/claims") },
  openGraph: { title: TITLE, description: DESCRIPTION, url: absoluteUrl("/sources/claims"), siteName: SITE_NAME, locale: OG_LOCALE, type: "article" },
};

/** The claims behind the timeline, each with an anchor that source pages link to. */
export default function ClaimsPage() {
  const content = loadContent();
  const others = content.events.map((e) => eventSpread(content.events, e.id));
  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href="/sources">← 全部来源</Link>
        </p>
        <h1 className="text-2xl font-bold leading-snug">{TITLE}</h1>
        <p className="text-muted">{DESCRIPTION}</p>
      </header>
      <section aria-labelledby="events" className="space-y-6">
        <h2 id="events" className="text-xl font-semibold">
          时间线上的事件：各来源怎么说
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
