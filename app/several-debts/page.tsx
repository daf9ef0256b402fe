import type { Metadata } from "next";
import Link from "@/components/site-link";
import { Citations } from "@/components/citations";
import { ScamShield } from "@/components/plan/scam-shield";
import { Island } from "@/components/island";
import { SeveralDebtsApp } from "@/components/several-debts/several-debts-app";
import type { DebtTexts, ShownText } from "@/components/several-debts/texts";
import { loadContent, loadSeveralDebtsContent } from "@/content";
import type { CitedText } from "@/lib/schema/several-debts";
import { DEBT_KINDS } from "@/lib/schema/debt-kinds";

export const metadata: Metadata = {
  title: "欠了好几笔：每一笔等一天要多付多少、各有什么风险",
  description: "把借呗、花呗、信用卡、银行贷款和其他网贷一笔笔列出来：按您自己的日费率算每多等一天的费用，看每一种借款按法律条文和来源有什么风险。不替您排还款顺序。只在您的设备上，免费。",
};

/** The texts the results need, with each citation's source title (the browser gets no registry). */
function debtTexts(): DebtTexts {
  const titles = new Map(loadContent().sources.map((s) => [s.id, s.title]));
  const shown = (t: CitedText): ShownText => ({ text: t.text, citations: t.citations.map((c) => ({ ...c, title: titles.get(c.source) ?? c.source })) });
  const texts = loadSeveralDebtsContent();
  return {
    kindRisks: Object.fromEntries(DEBT_KINDS.map((k) => [k, shown(texts.kindRisks[k])])) as DebtTexts["kindRisks"],
    collateral: shown(texts.collateral),
    guarantor: shown(texts.guarantor),
    rateWhere: shown(texts.rateWhere),
  };
}

export default function SeveralDebtsPage() {
  const texts = loadSeveralDebtsContent();
  return (
    <div className="space-y-10">
      <div className="space-y-3">
        <h1 className="text-2xl font-bold">欠了好几笔，一笔一笔看清楚</h1>
        <p>
          首页的自查只看一笔借呗或花呗。欠了几家的，在这里把每一笔列出来：每多等一天要多付多少（按您自己的费率算），每一种借款按我们手里的法律条文和来源有什么风险。
        </p>
        <p>免费，全部在您的设备上完成，不上传。这里提供的是信息，不是法律意见；我们不替您决定先还哪一笔。</p>
        <noscript>
          <p className="rounded-lg bg-warn-soft px-3 py-2">这一页需要在浏览器里运行 JavaScript 才能计算。请开启 JavaScript 后刷新。</p>
        </noscript>
      </div>
      <Island component={SeveralDebtsApp} props={{ texts: debtTexts() }} />
      <section aria-labelledby="order-title" className="space-y-2">
        <h2 id="order-title" className="text-xl font-bold">
          先还哪一笔？
        </h2>
        <p>{texts.noOrder.text}</p>
        <Citations citations={texts.noOrder.citations} />
      </section>
      <section aria-labelledby="supported-title" className="space-y-4">
        <h2 id="supported-title" className="text-xl font-bold">
          来源支持的做法
        </h2>
        {texts.supported.map((s) => (
          <div key={s.title} className="space-y-1">
            <h3 className="font-semibold">{s.title}</h3>
            <p>{s.text}</p>
            <Citations citations={s.citations} />
          </div>
        ))}
        <p className="print:hidden">
          催收电话太多、太晚，或打给了家人？<Link href="/call-log" className="underline">用「来电记录」记下每一次联系</Link>。
        </p>
      </section>
      <ScamShield />
    </div>
  );
}
