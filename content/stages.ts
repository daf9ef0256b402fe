/**
 * The stages of an overdue, by days past the due date. The boundaries are where the
 * articles put a change of approach; they are typical patterns reported by third
 * parties, not the lender's published policy (none is public).
 */
import type { Stage } from "@/lib/schema/content";

export const stages: Stage[] = [
  {
    id: "due-day",
    name: "还款日当天",
    fromDay: 0,
    toDay: 0,
    summary: "今天是还款日。当天还上，一般不算逾期；还不上，明天起就进入逾期。",
    citations: [{ source: "article-when-contacts-2025", where: "3.1 逾期的定义" }],
  },
  {
    id: "reminders",
    name: "刚逾期：自动提醒",
    fromDay: 1,
    toDay: 3,
    summary: "三篇文章说，头几天以系统发的 App 通知和短信为主，提醒您尽快还款。",
    citations: [
      { source: "article-seven-days", where: "催收流程：逾期第1-3天" },
      { source: "article-who-is-contacted", where: "2.1 系统自动催收" },
      { source: "article-overdue-process-2025", where: "三、2.(1) 逾期初期" },
    ],
  },
  {
    id: "calls",
    name: "电话提醒本人",
    fromDay: 4,
    toDay: 14,
    summary: "提醒升级为打给您本人的电话，了解逾期原因、确认还款打算。两篇文章认为这段时间还不会联系别人；另一篇认为约第7天就有可能。",
    citations: [
      { source: "article-seven-days", where: "催收流程：超过3天未满7天" },
      { source: "article-when-contacts-2025", where: "4.2 逾期初期" },
      { source: "article-how-contacts-2024", where: "一、银行何时会联系紧急联系人" },
      { source: "article-seven-days", where: "逾期7天会打联系人吗" },
    ],
  },
  {
    id: "contacts",
    name: "可能联系紧急联系人",
    fromDay: 15,
    toDay: 30,
    summary: "两篇文章认为，这一段开始可能有人打给您填写的紧急联系人，请对方帮忙联系您。各文章给出的天数差别很大。",
    citations: [
      { source: "article-when-contacts-2025", where: "4.2 逾期中期" },
      { source: "article-how-contacts-2024", where: "一、银行何时会联系紧急联系人" },
    ],
  },
  {
    id: "escalation",
    name: "催收升级",
    fromDay: 31,
    toDay: 60,
    summary: "一篇文章说，超过一个月，借款人和联系人可能接到更多催收电话，甚至可能有外包催收机构介入；另一篇说这时可能收到律师函。",
    citations: [
      { source: "article-overdue-process-2025", where: "三、2.(2) 逾期中期" },
      { source: "article-when-contacts-2025", where: "4.2 逾期后期" },
    ],
  },
  {
    id: "legal",
    name: "可能走法律程序",
    fromDay: 61,
    toDay: null,
    summary: "一篇文章说，超过两个月可能有上门和起诉；它的评论说上门极少发生，通常针对金额大、时间长的逾期。",
    citations: [
      { source: "article-overdue-process-2025", where: "三、2.(3) 逾期后期；评论" },
      { source: "article-seven-days", where: "借呗逾期的其他后果" },
    ],
    reassurance: {
      title: "走到这一步，也还有路",
      points: [
        {
          text: "任何时候都可以通过支付宝「我的客服」或95188提出一个做得到的还款方案。这是请求，平台可以不同意，但提出它从来不晚。",
          citations: [{ source: "service-alipay-customer-service" }],
        },
        {
          text: "被起诉是欠款引起的民事纠纷。法条说的是继续履行、赔偿损失这类违约责任；按我们的理解，这不是坐牢。",
          citations: [{ source: "law-civil-code-contracts", where: "第五百七十七条" }],
        },
        {
          text: "收到法院或律所的文书，可以打12348公共法律服务热线免费咨询；经济困难的，可以通过它申请法律援助。",
          citations: [{ source: "service-12348" }],
        },
        {
          text: "要如实知道的例外：法院判决以后，有能力执行却拒不执行、情节严重的，可能构成犯罪。",
          citations: [{ source: "law-criminal-code", where: "第三百一十三条" }],
        },
      ],
    },
  },
];
