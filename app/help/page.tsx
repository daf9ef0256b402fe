import type { Metadata } from "next";
import { Citations } from "@/components/citations";
import { TelLink } from "@/components/help/tel-link";
import Link from "@/components/site-link";
import { TRUST_LABELS } from "@/components/sources/trust-badge";
import { loadContent } from "@/content";
import type { HelpLine } from "@/lib/schema/content";
import { servesLabel } from "@/lib/format/help-lines";
import { absoluteUrl, SITE_NAME } from "@/lib/questions/site-url";
import { OG_LOCALE, SITE_SCRIPT } from "@/lib/script/site-script";

const TITLE = "求助电话：有人可以说说话，也有人可以帮忙";
const DESCRIPTION =
  "压力大到撑不下去时的心理援助热线12356，有危险时的110、120，免费法律咨询12348，金融投诉12378，支付宝官方客服95188：各自管什么、什么时候打、出处和可信程度。";

export const metadata: Metadata = {
  title: TITLE,
  description: DESCRIPTION,
  alternates: { canonical: absoluteUrl("/help") },
  openGraph: { title: TITLE, description: DESCRIPTION, url: absoluteUrl("/help"), siteName: SITE_NAME, locale: OG_LOCALE, type: "website" },
};

/** The lines for someone who cannot cope come first: the rest of the list can wait. */
const GROUPS: { title: string; ids: string[] }[] = [
  { title: "撑不下去的时候", ids: ["crisis-12356", "hk-18111", "tw-1925"] },
  { title: "有危险的时候", ids: ["police-110", "ambulance-120"] },
  { title: "免费的法律帮助", ids: ["legal-12348"] },
  { title: "投诉和协商", ids: ["regulator-12378", "lender-95188"] },
];

function HelpLineItem({ line, trust }: { line: HelpLine; trust: string }) {
  const where = servesLabel(line.serves, SITE_SCRIPT);
  return (
    <li className="rounded-lg border border-line bg-card p-3" data-help={line.number}>
      <p>
        <TelLink number={line.number} className="text-lg" /> <strong>{line.name}</strong>
        {where ? <span className="text-muted">（{where}）</span> : null}
      </p>
      <p className="mt-1">{line.for}</p>
      <p className="mt-1 text-sm text-muted">
        {line.hours ? `服务时间：${line.hours}。` : null}可信程度：{trust}
      </p>
      <Citations citations={line.citations} />
    </li>
  );
}

/** Free human help in one list (issue 22). Text only: no script, nothing stored, nothing counted. */
export default function HelpPage() {
  const { helpLines, sources } = loadContent();
  const trustOf = (line: HelpLine) => {
    const source = sources.find((s) => s.id === line.citations[0]?.source);
    return source ? TRUST_LABELS[source.trust] : "";
  };
  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <h1 className="text-2xl font-bold leading-snug">{TITLE}</h1>
        <p>
          欠款还不上、电话一个接一个，压力大到撑不下去的时候，可以先找人说说。下面是公共热线和平台的官方客服，各管一件事；点号码就能拨打。
        </p>
        <p className="text-sm text-muted">
          本站不会记录谁打开了这一页。每个号码下注明出处；「二手转述」的意思是我们读到的是新闻或说明，不是官方原文。
        </p>
      </header>
      {GROUPS.map((g) => {
        const lines = g.ids.map((id) => helpLines.find((l) => l.id === id)).filter((l): l is HelpLine => Boolean(l));
        return (
          <section key={g.title} aria-labelledby={`help-${g.ids[0]}`} className="space-y-3">
            <h2 id={`help-${g.ids[0]}`} className="text-xl font-bold">
              {g.title}
            </h2>
            <ul className="space-y-3">
              {lines.map((l) => (
                <HelpLineItem key={l.id} line={l} trust={trustOf(l)} />
              ))}
            </ul>
          </section>
        );
      })}
      <p>
        <Link href="/questions/what-to-do-now">欠款的事，现在可以先做什么</Link>
      </p>
    </div>
  );
}
