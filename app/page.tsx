import Link from "@/components/site-link";
import { Island } from "@/components/island";
import { CheckEntry } from "@/components/situation-form/check-entry";

export default function HomePage() {
  return (
    <div className="space-y-8">
      <section className="space-y-3">
        <h1 className="text-2xl font-bold leading-snug">借呗、花呗逾期了？先看清接下来会发生什么</h1>
        <p className="text-muted">
          回答几个问题，大约一分钟。我们按日期告诉您：谁可能联系您、怎么联系、为什么，以及今天可以做什么。每一条都注明出处，各方说法不一致的地方也会如实列出。
        </p>
        <p className="rounded-lg bg-accent-soft px-3 py-2 text-sm">您的回答只在这台设备上计算，不会上传，也不会留下记录。</p>
        <p data-one-debt="">
          这个自查一次看<strong>一笔</strong>借呗或花呗。欠了好几笔（比如还有信用卡、银行贷款）？<Link href="/several-debts" className="underline">把每一笔列出来，看各自的费用和风险</Link>。
        </p>
      </section>

      <Island component={CheckEntry} props={{}} />

      <section aria-labelledby="contact-entry" className="rounded-lg border border-line bg-card p-4">
        <h2 id="contact-entry" className="text-lg font-semibold">
          <Link href="/emergency-contact">我是紧急联系人，为什么接到电话？</Link>
        </h2>
        <p className="mt-1 text-muted">先说结论：紧急联系人不是借款人，没有替人还钱的义务。点进去看看对方为什么找您、可以怎么回应。</p>
      </section>

      <section aria-labelledby="more" className="space-y-2">
        <h2 id="more" className="text-lg font-semibold">
          常被问到的
        </h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            <Link href="/questions">借呗逾期多久会联系紧急联系人？各家说法为什么不一样</Link>
          </li>
          <li>
            <Link href="/sources">这些说法来自哪里，各自可信度如何</Link>
          </li>
        </ul>
      </section>
    </div>
  );
}
