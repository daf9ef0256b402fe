import type { Metadata } from "next";
import { Citations } from "@/components/citations";
import Link from "@/components/site-link";
import { ChannelItem } from "@/components/emergency-contact/channel-item";
import { CitedCard } from "@/components/emergency-contact/cited-card";
import { RuleList } from "@/components/emergency-contact/rule-list";
import { loadContactContent, loadContent } from "@/content";
import { chinaDate, contactPageData } from "@/lib/emergency-contact/page-data";
import { formatChineseDate } from "@/lib/dates/iso-date";

export const metadata: Metadata = {
  title: "催收规则：紧急联系人可以要求什么",
  description:
    "催收方联系紧急联系人时能做什么、不能做什么：联系的条件、不透露欠款、拒绝后停止、时间和上门的限制，以及投诉渠道和每条规则的依据与生效日期。",
};

// Prerendered with the same build date as /emergency-contact (see the note there).
export const dynamic = "force-static";

/** The detail behind the main page's one-line rule summary: each rule in full, its basis, and the channels. */
export default function EmergencyContactRulesPage() {
  const data = contactPageData(chinaDate(new Date()), loadContent(), loadContactContent());

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <p className="text-sm">
          <Link href="/emergency-contact">← 接到催收电话的紧急联系人</Link>
        </p>
        <h1 className="text-2xl font-bold leading-snug">催收方能做什么、不能做什么</h1>
        <p className="text-muted">
          写给被留作紧急联系人的人。下面按{formatChineseDate(data.today)}有效的规定列出，每条下方注明出处；点出处可以看到原文信息和可信程度。
        </p>
        <details className="text-sm text-muted">
          <summary className="py-1">这些规则的依据和生效日期（{data.ruleBasis.length}）</summary>
          <Citations citations={data.ruleBasis} label="依据" />
        </details>
      </div>

      <RuleList rules={data.rules} />

      <section aria-labelledby="channels" className="space-y-3">
        <h2 id="channels" className="text-xl font-bold">
          去哪里投诉（按这个顺序）
        </h2>
        <ol className="list-decimal space-y-3 pl-5">
          {data.channels.map((c) => (
            <ChannelItem key={c.id} channel={c} />
          ))}
        </ol>
        <CitedCard item={data.warning} className="rounded-lg border border-warn bg-warn-soft p-3" />
      </section>

      <p>
        <Link href="/">帮借款人弄清楚他的情况</Link>
      </p>
    </div>
  );
}
