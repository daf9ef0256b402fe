import type { Metadata } from "next";
import Link from "@/components/site-link";
import { Island } from "@/components/island";
import { CallQuestionnaire } from "@/components/emergency-contact/call-questionnaire";
import { CallQuestions } from "@/components/emergency-contact/call-questions";
import { ChannelItem } from "@/components/emergency-contact/channel-item";
import { KeyPoint } from "@/components/emergency-contact/key-point";
import { ReplyCard } from "@/components/emergency-contact/reply-card";
import { RuleSummary } from "@/components/emergency-contact/rule-list";
import { ShortCite } from "@/components/emergency-contact/short-cite";
import { loadContactContent, loadContent } from "@/content";
import { chinaDate, contactPageData } from "@/lib/emergency-contact/page-data";
import { ruleOnDay } from "@/lib/engine/in-force";
import { formatChineseDate } from "@/lib/dates/iso-date";

export const metadata: Metadata = {
  title: "接到催收电话的紧急联系人",
  description:
    "被留作借呗、花呗紧急联系人，接到了催收电话？您不欠这笔钱。为什么找您、什么正常什么越界、怎么回应、去哪里投诉，每一条都注明出处。",
};

// Prerendered once, so "today" is the build date in China (UTC+8). Computing it here
// keeps the first screen free of client JavaScript and the same for every reader; the
// cost is that a rule coming into or out of force shows only after the next build,
// which is why the rules section prints the date it was checked on. (The device date
// would need the content and the engine in the browser, over this page's JS budget.)
//
// Weight: the HTML carries every rendered word twice (the markup and React's copy of
// it), and must stay under 14 KiB gzip. So the questionnaire's answer texts come as
// static JSON when the contact starts answering, the rules show here as one cited
// line each (in full on /emergency-contact/rules), and citations use short names.
export const dynamic = "force-static";

export default function EmergencyContactPage() {
  const site = loadContent();
  const data = contactPageData(chinaDate(new Date()), site, loadContactContent());
  const byId = <T extends { id: string }>(items: T[], id: string) => items.find((x) => x.id === id) as T;
  const owes = byId(data.keyPoints, "owes-nothing");
  const sourcesById = new Map(site.sources.map((s) => [s.id, s]));
  const trapRule = site.collectionRules.find((r) => r.id === "promise-to-pay-trap");
  const trap = trapRule ? ruleOnDay(trapRule, (id) => sourcesById.get(id), data.today) : null;

  return (
    <div className="space-y-10">
      <section aria-labelledby="first" className="space-y-3">
        <div className="rounded-lg border-2 border-accent bg-card px-3 py-2" data-claim={owes.id}>
          <h1 id="first" className="text-xl font-bold leading-snug text-accent">
            紧急联系人：{owes.title}
          </h1>
          <p className="mt-1">{owes.body}</p>
          <ShortCite citations={owes.citations} />
        </div>
        <KeyPoint item={byId(data.keyPoints, "why-called")} />
        <KeyPoint item={byId(data.keyPoints, "do-now")} />
        <p className="text-sm text-muted">这里提供的是一般信息，不是法律意见。</p>
      </section>

      {trap ? (
        <section aria-labelledby="trap" className="rounded-lg border border-warn bg-warn-soft p-3" data-claim={trap.id}>
          <h2 id="trap" className="font-bold text-warn">
            唯一需要当心的：{trap.title}
          </h2>
          <p className="mt-1">{trap.body}</p>
          <ShortCite citations={trap.citations} />
        </section>
      ) : null}

      <section aria-labelledby="questions" className="space-y-4">
        <div>
          <h2 id="questions" className="text-xl font-bold">
            说说那通电话（选填）
          </h2>
          <p className="text-muted">回答几个问题，看看哪些属于正常、哪些越界，以及怎么回应。答案只留在这个页面上，不会发送或保存。</p>
        </div>
        <noscript>
          <p className="rounded-lg bg-warn-soft px-3 py-2">这部分需要开启 JavaScript。下面的现成回应和投诉渠道不受影响。</p>
        </noscript>
        <Island component={CallQuestionnaire} props={{ children: <CallQuestions /> }} />
      </section>

      <section aria-labelledby="replies" className="space-y-3">
        <h2 id="replies" className="text-xl font-bold">
          现成的回应，一键复制
        </h2>
        <ul className="space-y-3">
          {data.replies.map((reply) => (
            <ReplyCard key={reply.id} reply={reply} />
          ))}
        </ul>
      </section>

      <section aria-labelledby="rules" className="space-y-3">
        <h2 id="rules" className="text-xl font-bold">
          催收方能做什么、不能做什么
        </h2>
        <p className="text-muted">按{formatChineseDate(data.today)}有效的规定：</p>
        <RuleSummary rules={data.rules} />
        <p>
          <Link href="/emergency-contact/rules">每条规则的具体内容、依据和生效日期</Link>
        </p>
      </section>

      <section aria-labelledby="channels" className="space-y-3">
        <h2 id="channels" className="text-xl font-bold">
          去哪里投诉（按这个顺序）
        </h2>
        <ol className="list-decimal space-y-3 pl-5">
          {data.channels.map((c) => (
            <ChannelItem key={c.id} channel={c} />
          ))}
        </ol>
        <p>
          <Link href="/call-log#role=contact" className="underline">用「来电记录」记下每一次来电</Link>：只在您的设备上，按规则标出可能越界的联系，整理成投诉内容。
        </p>
      </section>

      <section aria-labelledby="onward" className="rounded-lg border border-line bg-card p-4">
        <h2 id="onward" className="text-lg font-semibold">
          <Link href="/">帮借款人弄清楚他的情况</Link>
        </h2>
        <p className="mt-1 text-muted">如果您愿意帮忙，可以把这个网站发给借款人：回答几个问题，就能看清逾期后接下来会发生什么、今天能做什么。</p>
      </section>
    </div>
  );
}
