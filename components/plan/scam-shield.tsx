import { Citations } from "@/components/citations";
import type { Citation } from "@/lib/schema/content";

type Point = { title: string; body: string; citations: Citation[] };

const POINTS: Point[] = [
  {
    title: "协商不收费，也不用找人代办",
    body: "分期、延期都由您本人向官方客服提出：支付宝 App 里的「我的客服」，或电话95188。协商本来就不需要中介。收费办理「代理协商」「债务优化」「停息挂账」的，不要找。",
    citations: [{ source: "service-alipay-customer-service" }],
  },
  {
    title: "当心假客服",
    body: "自称客服、让您转到私聊、要求先交钱才能「减免」的，是已知的骗局。只用 App 里的「我的客服」或95188，不要拨打短信、社交软件里别人发来的号码。拿不准时可以打96110问一问。",
    citations: [{ source: "service-alipay-customer-service" }, { source: "service-110-96110" }],
  },
  {
    title: "没有花钱「修复征信」这回事",
    body: "准确的不良记录自不良行为结束起保存5年，到期删除；记录有错，您可以自己提出异议，机构应在20日内答复。",
    citations: [
      { source: "reg-credit-reporting", where: "第十六条、第二十五条" },
      { source: "service-pbccrc" },
    ],
  },
  {
    title: "投诉您自己就能办",
    body: "催收越界，先向平台反映，平台不处理再打12378；骚扰电话和短信在 www.12321.cn 举报；有人威胁您的安全，打110。",
    citations: [{ source: "service-12378" }, { source: "service-12321" }, { source: "service-110-96110" }],
  },
];

/** Where people look for help, the warning they need: paid "debt help" and fake service numbers. */
export function ScamShield() {
  return (
    <section aria-labelledby="scam" className="render-when-near space-y-3 print:hidden">
      <h2 id="scam" className="text-xl font-bold">
        防骗提醒：收费「上岸」服务和假客服
      </h2>
      <ul className="space-y-3">
        {POINTS.map((p) => (
          <li key={p.title} className="space-y-1 rounded-lg border border-line bg-card p-3">
            <p className="font-semibold">{p.title}</p>
            <p>{p.body}</p>
            <Citations citations={p.citations} />
          </li>
        ))}
      </ul>
    </section>
  );
}
