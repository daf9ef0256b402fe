/**
 * The fixed parts of the personal action plan: steps that do not depend on a date the
 * user gave, what to keep as evidence, and which numbers to call in what order.
 */
import type { CitedAnnualPercent, PlanChannel, PlanStepKey, PlanStepText, PlanTexts } from "@/lib/schema/templates";

export const planSteps: Record<PlanStepKey, PlanStepText> = {
  checkBill: {
    title: "核对账单：放贷机构、欠款和费用的算法",
    detail: "在支付宝的借呗或花呗页面看清应还金额、逾期费用怎么算、放贷机构是谁。标着银行名字的「信用购」「信用贷」，欠的是那家银行。",
    citations: [{ source: "news-ant-consumer-finance-2021" }],
  },
  callService: {
    title: "打给官方客服，提出还款安排的请求",
    detail: "支付宝「我的客服」或95188，可以照着本页的通话提纲说。平台可以不同意；记下通话时间、工号和答复。",
    citations: [{ source: "service-alipay-customer-service" }],
    template: "call-script",
  },
  confirmAgreement: {
    title: "把已经约定的还款计划保存下来",
    detail: "把约定的金额和日期截图，或请客服在 App 里发一份；按约定还，还不上时提前再联系客服。",
    citations: [{ source: "service-alipay-customer-service" }],
  },
  tellContact: {
    title: "先跟紧急联系人说一声",
    detail: "告诉对方：他不欠这笔钱，也不用替您还；接到电话，可以请对方直接联系您，不必替您答应任何事。",
    citations: [
      { source: "law-civil-code-contracts", where: "第四百六十五条" },
      { source: "law-civil-code-contracts", where: "第五百五十二条" },
    ],
    link: { href: "/emergency-contact", label: "给紧急联系人看的说明和回复" },
  },
  startRecords: {
    title: "开始保存记录",
    detail: "从今天起，来电、短信和您的每次还款都留下记录（清单见下面的「要保存的证据」）。",
    citations: [
      { source: "article-overdue-process-2025", where: "评论：记录的种类" },
      { source: "service-12378" },
    ],
  },
  repayment: {
    title: "还款",
    detail: "按您约定或打算的金额还款，完成后截图保存。如果到时还不上，提前联系客服说明，不要等到当天。",
    citations: [{ source: "service-alipay-customer-service" }],
  },
  followUp: {
    title: "回访客服：确认方案和还款到账",
    detail: "问清楚申请的方案有没有通过、还款是否已经入账，记下工号和答复。",
    citations: [{ source: "service-alipay-customer-service" }],
  },
  nextEvent: {
    title: "下一件事最早可能从这天开始",
    detail: "这是按公开文章推算的范围，不是平台公布的日程。在这之前和客服谈好方案，是最好的准备。",
    citations: [],
  },
  creditReport: {
    title: "免费查一次自己的信用报告",
    detail: "每人每年可以免费查两次；记录有错可以提出异议，应在20日内得到答复。不要付钱给任何人「修复征信」。",
    citations: [
      { source: "reg-credit-reporting", where: "第十七条、第二十五条" },
      { source: "service-pbccrc" },
    ],
  },
  ifLinesCrossed: {
    title: "如果催收越界：先找平台，再找12378",
    detail: "联系您以外的人、深夜来电、威胁辱骂：先用本页的书面请求向平台提出，平台不处理，再打12378。",
    template: "stop-contact-request",
    citations: [
      { source: "law-pipl", where: "第四十四条、第四十七条、第五十条" },
      { source: "guideline-cba-collection-2026", where: "禁止行为（新闻摘要）" },
      { source: "service-12378" },
    ],
  },
} satisfies Record<string, PlanStepText>;

export const evidence: PlanTexts["evidence"] = {
  items: [
    "账单和合同页面的截图（应还金额、费率、放贷机构）",
    "每次还款的记录或截图",
    "和客服沟通的时间、工号或服务单号、对方的答复",
    "催收来电的时间、号码和对方说了什么；能录音的可以录音",
    "催收短信和 App 消息的截图",
    "您发出的书面请求和投诉，连同发出的日期",
    "联系人收到的电话或短信（请对方截图给您）",
  ],
  citations: [
    { source: "article-overdue-process-2025", where: "评论：记录的种类" },
    { source: "service-12378" },
  ],
};

/** In the order to use them. */
export const channels: PlanChannel[] = [
  {
    name: "支付宝「我的客服」",
    number: "App 内，或电话 95188",
    when: "第一站：协商还款、反映催收方式的问题",
    citations: [{ source: "service-alipay-customer-service" }],
  },
  {
    name: "金融消费者投诉热线",
    number: "12378",
    when: "向平台反映后没有处理",
    citations: [{ source: "service-12378" }],
  },
  {
    name: "网络不良与垃圾信息举报",
    number: "网站 www.12321.cn 或 12321 App",
    when: "举报骚扰电话、垃圾短信、个人信息被泄露",
    citations: [{ source: "service-12321" }],
  },
  {
    name: "报警",
    number: "110",
    when: "有人威胁您的安全，或强行上门",
    citations: [{ source: "service-110-96110" }],
  },
  {
    name: "反诈专线",
    number: "96110",
    when: "自称客服、收费「减免」「修复征信」的可疑来电",
    citations: [{ source: "service-110-96110" }],
  },
  {
    name: "中国人民银行征信中心",
    number: "www.pbccrc.org.cn",
    when: "免费查信用报告、对记录提出异议",
    citations: [{ source: "service-pbccrc" }],
  },
];

export const planTexts: PlanTexts = { steps: planSteps, evidence, channels };

/**
 * Courts' reference for financial loans, all charges together, as a yearly percentage.
 * The cost table flags a rate above it. Secondary source: the number must appear in the
 * source's summary (tests/unit/content/court-reference.test.ts).
 */
export const courtReference: CitedAnnualPercent = {
  annualPercent: 24,
  citations: [{ source: "court-financial-trial-2017", where: "二手转述" }],
};
