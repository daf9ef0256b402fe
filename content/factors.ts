/**
 * How the user's answers change what happens, as the sources describe it.
 * The sources say which way an answer pushes; how many days it pushes is this
 * product's estimate, kept inside the range the sources give (see events.ts).
 */
import type { Factor } from "@/lib/schema/content";

export const factors: Factor[] = [
  {
    id: "history-ontime",
    when: { answer: "history", in: ["ontime"] },
    label: "您一直按时还款",
    explanation: "一篇文章认为，记录一贯良好的人偶尔逾期，平台更可能先直接找本人沟通，不急于联系他人。",
    citations: [{ source: "article-seven-days", where: "影响因素：信用记录与还款历史" }],
  },
  {
    id: "history-repeated",
    when: { answer: "history", in: ["repeated"] },
    label: "您以前多次逾期",
    explanation: "一篇文章认为，过去多次逾期的人，被联系联系人的可能更大、时间更早。",
    citations: [{ source: "article-seven-days", where: "影响因素：信用记录与还款历史" }],
  },
  {
    id: "contact-negotiating",
    when: { answer: "contact", in: ["negotiating"] },
    label: "您在和平台协商，或已约定还款计划",
    explanation:
      "两篇文章认为，主动说明情况、提出可行的还款计划并照做，平台可能暂不联系他人；行业指引也只允许在本人失联时联系第三人。",
    citations: [
      { source: "article-seven-days", where: "影响因素：与支付宝的沟通情况" },
      { source: "article-how-contacts-2024", where: "五、逾期后怎样避免紧急联系人被联系：3 及时沟通" },
      { source: "guideline-cba-collection-2026", where: "第三人联系规则（新闻摘要）" },
    ],
  },
  {
    id: "contact-silent",
    when: { answer: "contact", in: ["silent"] },
    label: "您没有接听或回复平台",
    explanation: "一篇文章认为，不接电话、不回短信，平台为了找到人，更可能去联系您留下的联系人。",
    citations: [
      { source: "article-seven-days", where: "影响因素：与支付宝的沟通情况" },
      { source: "article-how-contacts-2024", where: "读者评论：经催收仍不还款" },
    ],
  },
  {
    id: "contact-unreachable",
    when: { answer: "contact", in: ["unreachable"] },
    label: "平台联系不上您",
    explanation:
      "一篇文章说，联系不上本人时，可能转而联系朋友或同事；行业指引也把债务人失联作为联系第三人的前提，但只许询问联系方式或请其转告。",
    citations: [
      { source: "article-who-is-contacted", where: "3.5 朋友或同事" },
      { source: "article-when-contacts-2025", where: "4.1 紧急联系人的定义" },
      { source: "article-how-contacts-2024", where: "读者评论：经催收仍不还款" },
      { source: "guideline-cba-collection-2026", where: "第三人联系规则（新闻摘要）" },
    ],
  },
  {
    id: "amount-small",
    when: { answer: "amount", below: 1000 },
    // 003 contrasts 几百元 with 几万元 but draws no line; where the line falls is ours.
    ownCutoff: { chosenBy: "this-site", why: "文章只把几百元和几万元作对比，没有给出界线；1000元是本站取的。" },
    label: "逾期金额不到1000元（本站的划分）",
    explanation: "一篇文章认为，金额较小时平台多用温和的提醒，给更多时间，联系他人的可能较低。",
    citations: [{ source: "article-seven-days", where: "影响因素：逾期金额大小" }],
  },
  {
    id: "amount-large",
    when: { answer: "amount", atLeast: 10000 },
    ownCutoff: { chosenBy: "this-site", why: "文章只说金额较大，没有给出界线；1万元是本站取的。" },
    label: "逾期金额在1万元以上（本站的划分）",
    explanation: "一篇文章认为，金额越大，平台越急于收回，联系他人更早；另一篇文章说上门通常针对金额大、时间长的逾期，它的一条评论说上门极少发生。一条读者评论说金额大时会打给通讯录好友。",
    citations: [
      { source: "article-seven-days", where: "影响因素：逾期金额大小" },
      { source: "article-overdue-process-2025", where: "三、3.(5) 上门；评论" },
      { source: "article-how-contacts-2024", where: "读者评论" },
      { source: "article-who-is-contacted", where: "3.4 家庭成员" },
    ],
  },
  {
    id: "partial-repayment",
    when: { answer: "partialRepayment", in: ["yes"] },
    label: "您已经还了一部分",
    explanation: "一篇文章认为，有实际的还款行动，平台可能继续观察，而不是马上联系他人。",
    citations: [{ source: "article-seven-days", where: "逾期7天会打联系人吗：沟通良好并积极还款的情形" }],
  },
  // Used through the event's `onlyIf`: with no emergency contact, emergency-contact-called
  // is not on the timeline at all (content-problems.ts checks that every factor is used).
  {
    id: "no-emergency-contact",
    when: { answer: "emergencyContact", in: ["no"] },
    label: "您没有填写紧急联系人",
    explanation: "没有可以拨打的紧急联系人，这一项就很难发生；一篇文章也说，联系人信息不准确时，被联系的情况可能相对减少。",
    citations: [{ source: "article-seven-days", where: "影响因素：预留联系人信息的准确性和完整性" }],
  },
];
