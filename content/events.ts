/**
 * What may happen after a missed repayment: who is contacted, how, and from when.
 *
 * `figures` records what each source says about when the event starts, with the
 * source's own modal word (`word`, as written there) and how this product reads it on
 * the scale (`reads`). The engine derives the consensus band and the spread from the
 * days; from the words it derives, for any day, the weakest and the strongest reading
 * of the sources that speak about that day, and the shown likelihood never leaves that
 * band. A figure with a start day speaks from that day on; one with no day speaks
 * about every day.
 *
 * `adjustments` say how the user's answers move the window (days) and the likelihood
 * (steps). Each names, in `because`, the passage of the factor's own sources that
 * speaks about this event; an answer whose sources say nothing about an event does not
 * move it. The size of a move is this product's estimate, and the engine keeps every
 * moved window inside the spread the sources give.
 *
 * Not modelled: the lender's internal scoring, and differences between 借呗 and 花呗
 * (no source describes a difference in collection timing between them).
 */
import type { EventRule } from "@/lib/schema/content";

/** Size of a typical move; one constant so the estimate is visible and easy to revisit. */
const NUDGE = 5;

export const events: EventRule[] = [
  {
    id: "app-sms-reminders",
    who: "borrower",
    channels: ["app-notice", "sms"],
    title: "App 通知和短信提醒",
    description: "系统自动发送还款提醒，告诉您逾期金额和可能产生的费用。",
    citations: [
      { source: "article-seven-days", where: "催收流程：逾期第1-3天" },
      { source: "article-who-is-contacted", where: "2.1 系统自动催收" },
      { source: "article-overdue-process-2025", where: "三、2.(1) 逾期初期" },
    ],
    figures: [
      { source: "article-seven-days", where: "催收流程：逾期第1-3天", fromDay: 1, toDay: 1, says: "从第1天起以短信提醒为主，持续到第3天前后", word: "主要", reads: "usual" },
      { source: "article-overdue-process-2025", where: "三、2.(1)", fromDay: 1, toDay: 1, says: "从第1天起，整个第1到30天都以系统提醒和短信为主", word: "为主", reads: "usual" },
      { source: "article-who-is-contacted", where: "2.1", fromDay: null, toDay: null, says: "逾期后先是短信、App 通知等自动提醒，没有给天数", word: "會首先", reads: "usual" },
    ],
    baseLikelihood: "usual",
    adjustments: [],
    rules: ["notice-before-reporting"],
  },
  {
    id: "borrower-calls",
    who: "borrower",
    channels: ["phone"],
    title: "打给您本人的电话",
    description: "催收人员直接打您预留的手机，了解逾期原因，提醒还款，说明逾期的后果。",
    citations: [
      { source: "article-seven-days", where: "催收流程：超过3天未满7天" },
      { source: "article-when-contacts-2025", where: "4.2 逾期初期" },
      { source: "article-who-is-contacted", where: "2.2 人工催收；3.1 逾期用户本人" },
    ],
    figures: [
      { source: "article-seven-days", where: "催收流程：超过3天未满7天", fromDay: 4, toDay: 6, says: "超过3天、未满7天（第4到6天）时可能开始打电话", word: "可能", reads: "possible" },
      // "短信或电话": one or the other, so for a phone call it reads no stronger than "possible"
      // (003, the only source that dates calls, has SMS only on days 1-3).
      { source: "article-when-contacts-2025", where: "4.2 逾期初期", fromDay: 1, toDay: 15, says: "前两周用短信或电话多次提醒本人（二者之一）", word: "一般会通过短信或电话", reads: "possible" },
      { source: "article-who-is-contacted", where: "2.2", fromDay: null, toDay: null, says: "自动提醒无效后转人工电话催收，没有给天数", word: "會", reads: "usual" },
    ],
    baseLikelihood: "possible",
    adjustments: [],
    rules: ["quiet-hours", "call-limits", "no-harassment"],
  },
  {
    id: "co-borrower-contacted",
    who: "co-borrower",
    channels: ["phone", "sms"],
    title: "联系共同借款人",
    description: "一篇文章说，如果借款有共同借款人，他们对还款负有连带责任，也会收到催收。签了保证合同的保证人，按法律要承担保证责任，但没有文章说何时联系保证人。",
    citations: [{ source: "article-who-is-contacted", where: "3.2 共同借款人" }],
    figures: [{ source: "article-who-is-contacted", where: "3.2", fromDay: null, toDay: null, says: "有共同借款人时也会联系他们，没有给天数", word: "也會", reads: "usual" }],
    placement: {
      fromDay: 4,
      toDay: null,
      note: "来源没有给出天数；从第4天起是本站的划分：放在开始电话催收的时候，因为共同借款人和您一样是还款人。",
    },
    baseLikelihood: "usual",
    adjustments: [],
    // No source says how many 借呗 or 花呗 loans have a co-borrower, so "unsure" gets no guess.
    depends: [
      {
        when: { answer: "guarantor", in: ["unsure"] },
        text: "要看这笔借款有没有共同借款人，或有没有人签过保证合同。文章说会联系共同借款人；签了保证合同的保证人，按法律要承担保证责任，但没有文章说会不会、何时联系保证人。没签过的人不是还款人。可以在借款合同里查看。",
        citations: [
          { source: "article-who-is-contacted", where: "3.2 共同借款人" },
          { source: "law-civil-code-contracts", where: "第六百八十一条、第六百八十五条" },
        ],
      },
    ],
    onlyIf: { answer: "guarantor", in: ["yes", "unsure"] },
    rules: ["quiet-hours", "no-harassment"],
  },
  {
    id: "emergency-contact-called",
    who: "emergency-contact",
    channels: ["phone", "sms", "social-app"],
    title: "联系您填写的紧急联系人",
    description:
      "紧急联系人是您借款时自己填写的人；两篇文章说，通常是家人或朋友。有人打电话或发消息给这个人，请对方帮忙找到您、转告您还款。文章说法不一：有的说会告知对方您逾期了，有的说不会透露金额等细节。",
    citations: [
      { source: "article-when-contacts-2025", where: "4.1 紧急联系人的定义；4.2、4.3" },
      { source: "article-how-contacts-2024", where: "一、二 什么是紧急联系人；三" },
      { source: "article-seven-days", where: "联系联系人的方式和目的" },
    ],
    figures: [
      { source: "article-seven-days", where: "逾期7天会打联系人吗", fromDay: 7, toDay: 7, says: "约第7天就有可能，但并非人人如此", word: "有可能", reads: "possible" },
      { source: "article-how-contacts-2024", where: "一", fromDay: 15, toDay: 15, says: "过了约14天的宽限期就会开始联系", word: "会", reads: "usual" },
      { source: "article-when-contacts-2025", where: "4.2 逾期中期", fromDay: 15, toDay: 30, says: "第15到30天开始联系", word: "会", reads: "usual" },
      { source: "article-when-contacts-2025", where: "4.2 开头的概括", fromDay: 30, toDay: 30, says: "一般在逾期30天左右", word: "通常", reads: "usual" },
      { source: "article-how-contacts-2024", where: "读者评论", fromDay: 90, toDay: 90, says: "一般在逾期约3个月时联系紧急联系人或家人", word: "一般情况下", reads: "usual" },
    ],
    baseLikelihood: "possible",
    adjustments: [
      { factor: "history-ontime", shiftDays: NUDGE, likelihoodStep: -1, because: { source: "article-seven-days", where: "影响因素：信用记录与还款历史" } },
      { factor: "history-repeated", shiftDays: -NUDGE, likelihoodStep: 1, because: { source: "article-seven-days", where: "影响因素：信用记录与还款历史" } },
      { factor: "contact-negotiating", shiftDays: 2 * NUDGE, likelihoodStep: -1, because: { source: "article-seven-days", where: "影响因素：与支付宝的沟通情况" } },
      { factor: "contact-silent", shiftDays: -NUDGE, likelihoodStep: 1, because: { source: "article-seven-days", where: "影响因素：与支付宝的沟通情况" } },
      { factor: "contact-unreachable", shiftDays: -2 * NUDGE, likelihoodStep: 1, because: { source: "article-when-contacts-2025", where: "4.1 紧急联系人的定义" } },
      { factor: "amount-small", shiftDays: NUDGE, likelihoodStep: -1, because: { source: "article-seven-days", where: "影响因素：逾期金额大小" } },
      { factor: "amount-large", shiftDays: -NUDGE, likelihoodStep: 1, because: { source: "article-seven-days", where: "影响因素：逾期金额大小" } },
      { factor: "partial-repayment", shiftDays: NUDGE, likelihoodStep: -1, because: { source: "article-seven-days", where: "逾期7天会打联系人吗：沟通良好并积极还款的情形" } },
    ],
    // With no emergency contact on file there is nobody to call, so the card is left out.
    // "Unsure" (also the form's default) keeps it: the card is about the contact, if one was given.
    onlyIf: { answer: "emergencyContact", in: ["yes", "unsure"] },
    pinnedRule: {
      rule: "third-parties-only-when-unreachable",
      articlesSay:
        "这是行业规则对催收方的要求。也有三篇文章描述了不同的情形：逾期到一定天数就会联系紧急联系人，并没有说要先联系不上本人。一篇说第15到30天会开始，一篇说约14天的宽限期过后会开始，一篇说金额较大时约第7天就有可能。",
      citations: [
        { source: "article-when-contacts-2025", where: "4.2 逾期中期" },
        { source: "article-how-contacts-2024", where: "一" },
        { source: "article-seven-days", where: "逾期7天会打联系人吗" },
      ],
      inSummaryWhen: { answer: "contact", in: ["answering", "negotiating"] },
    },
    rules: ["third-parties-only-when-unreachable", "no-debt-disclosure", "stop-when-refused", "quiet-hours", "contact-owes-nothing"],
  },
  {
    id: "family-contacted",
    who: "family",
    channels: ["phone"],
    title: "联系您的家人",
    description:
      "这里的家人，指您填的紧急联系人以外的家人。一篇文章说这种做法不常见，多在金额较大或逾期较久时；一条读者评论说，催收之后仍没有还款的，可能会打给紧急联系人，也包括家里人。",
    citations: [
      { source: "article-who-is-contacted", where: "3.4 家庭成员" },
      { source: "article-how-contacts-2024", where: "读者评论" },
    ],
    figures: [
      // "紧急联系人或家人": one or the other, so for the family it reads no stronger than "possible".
      { source: "article-how-contacts-2024", where: "读者评论", fromDay: 90, toDay: 90, says: "一般在逾期约3个月时联系紧急联系人或家人（二者之一）", word: "一般情况下…紧急联系人或家人", reads: "possible" },
      { source: "article-who-is-contacted", where: "3.4", fromDay: null, toDay: null, says: "不常见，多在金额大或时间长时，没有给天数", word: "并不常見", reads: "uncommon" },
    ],
    baseLikelihood: "uncommon",
    adjustments: [
      { factor: "amount-large", shiftDays: 0, likelihoodStep: 1, because: { source: "article-who-is-contacted", where: "3.4 家庭成员" } },
      // "经催收也仍不还款": collected upon and still unpaid, whether silent or out of reach.
      { factor: "contact-silent", shiftDays: 0, likelihoodStep: 1, because: { source: "article-how-contacts-2024", where: "读者评论：经催收仍不还款" } },
      { factor: "contact-unreachable", shiftDays: 0, likelihoodStep: 1, because: { source: "article-how-contacts-2024", where: "读者评论：经催收仍不还款" } },
    ],
    rules: ["third-parties-only-when-unreachable", "no-debt-disclosure", "stop-when-refused", "contact-owes-nothing"],
  },
  {
    id: "friends-colleagues-contacted",
    who: "friends-colleagues",
    channels: ["phone", "social-app"],
    title: "联系您的朋友或同事",
    description: "一篇文章说，这通常在联系不上本人时才会发生。",
    citations: [
      { source: "article-who-is-contacted", where: "3.5 朋友或同事" },
      { source: "article-how-contacts-2024", where: "读者评论：通讯录" },
    ],
    figures: [
      { source: "article-who-is-contacted", where: "3.5", fromDay: null, toDay: null, says: "联系不上本人时可能联系朋友或同事，没有给天数", word: "可能會", reads: "possible" },
      { source: "article-how-contacts-2024", where: "读者评论", fromDay: null, toDay: null, says: "通常不会打给通讯录好友，金额大时可能例外，没有给天数", word: "是不会…通常情况下", reads: "uncommon" },
    ],
    placement: {
      fromDay: 31,
      toDay: null,
      note: "来源没有给出天数；从第31天起是本站的划分：放在联系紧急联系人之后，因为一篇文章说这通常在联系不上本人时才发生。",
    },
    baseLikelihood: "uncommon",
    adjustments: [
      { factor: "contact-unreachable", shiftDays: 0, likelihoodStep: 1, because: { source: "article-who-is-contacted", where: "3.5 朋友或同事" } },
      { factor: "amount-large", shiftDays: 0, likelihoodStep: 1, because: { source: "article-how-contacts-2024", where: "读者评论" } },
    ],
    rules: ["third-parties-only-when-unreachable", "no-debt-disclosure", "address-book-not-needed", "stop-when-refused"],
  },
  {
    id: "agency-takes-over",
    who: "agency",
    channels: ["phone", "sms"],
    title: "转给第三方催收机构",
    description: "催收可能交给外包的催收公司；一篇文章说，这时催收电话可能更多。",
    citations: [
      { source: "article-when-contacts-2025", where: "4.2 逾期后期" },
      { source: "article-how-contacts-2024", where: "读者评论" },
    ],
    figures: [
      { source: "article-when-contacts-2025", where: "4.2 逾期后期", fromDay: 31, toDay: null, says: "超过一个月，甚至可能有专业催收公司介入", word: "甚至可能会", reads: "possible" },
      { source: "article-how-contacts-2024", where: "读者评论", fromDay: null, toDay: null, says: "催收后仍不还，最后可能打包交给第三方催收，没有给天数", word: "甚至最后会", reads: "possible" },
    ],
    // Both sources say 甚至: an outcome at the far end, so it reads no stronger than "possible",
    // and neither ties it to any answer.
    baseLikelihood: "possible",
    adjustments: [],
    rules: ["address-book-not-needed", "no-harassment", "quiet-hours", "call-limits", "collection-terms-in-contract"],
  },
  {
    id: "lawyer-letter",
    who: "borrower",
    channels: ["lawyer-letter"],
    title: "收到律师函",
    description: "逾期较严重时，可能收到以律师事务所名义发来的催告函。律师函本身不是法院文书。",
    citations: [{ source: "article-overdue-process-2025", where: "三、2.(2)；三、3.(4)" }],
    figures: [
      { source: "article-overdue-process-2025", where: "三、2.(2) 逾期中期", fromDay: 31, toDay: 60, says: "31到60天，可能出现律师函", word: "可能", reads: "possible" },
    ],
    baseLikelihood: "possible",
    adjustments: [],
    rules: ["no-harassment"],
  },
  {
    id: "home-visit",
    who: "agency",
    channels: ["home-visit"],
    title: "上门催收",
    description: "一篇文章说，上门由外包机构执行，通常只针对金额大、逾期时间长的情况；它的一条评论说这是极少数情况。",
    citations: [{ source: "article-overdue-process-2025", where: "三、2.(3)；三、3.(5)；评论" }],
    figures: [
      { source: "article-overdue-process-2025", where: "三、2.(3) 逾期后期", fromDay: 61, toDay: null, says: "超过60天可能上门", word: "可能", reads: "possible" },
      { source: "article-overdue-process-2025", where: "三、3.(5)", fromDay: null, toDay: null, says: "金额大、时间长的，外包机构有可能上门，没有给天数", word: "有可能", reads: "possible" },
      { source: "article-overdue-process-2025", where: "评论", fromDay: null, toDay: null, says: "只在极少数情况下，通常针对金额大、时间长的，没有给天数", word: "极少数", reads: "rare" },
    ],
    baseLikelihood: "rare",
    adjustments: [{ factor: "amount-large", shiftDays: 0, likelihoodStep: 1, because: { source: "article-overdue-process-2025", where: "三、3.(5) 上门；评论" } }],
    rules: ["home-visit-rules", "quiet-hours", "no-harassment"],
  },
  {
    id: "lawsuit",
    who: "court",
    channels: ["lawsuit"],
    title: "被起诉",
    description: "其他催收手段无效后，放贷方可能向法院起诉。法院判决后仍不履行的，可能被强制执行。",
    citations: [
      { source: "article-overdue-process-2025", where: "三、3.(6) 诉讼" },
      { source: "article-seven-days", where: "借呗逾期的其他后果" },
      { source: "article-when-contacts-2025", where: "3.2 法律责任" },
    ],
    figures: [
      { source: "article-overdue-process-2025", where: "三、2.(3) 逾期后期", fromDay: 61, toDay: null, says: "超过60天可能起诉", word: "可能", reads: "possible" },
      { source: "article-overdue-process-2025", where: "三、3.(6)", fromDay: null, toDay: null, says: "其他手段无效后会起诉，没有给天数", word: "会", reads: "usual" },
      { source: "article-seven-days", where: "其他后果", fromDay: null, toDay: null, says: "长期不还可能被起诉，没有给天数", word: "可能会", reads: "possible" },
      { source: "article-when-contacts-2025", where: "3.2", fromDay: null, toDay: null, says: "逾期时间过长可能采取法律手段，没有给天数", word: "可能会", reads: "possible" },
    ],
    // 002 says its stages, this one included, go by days overdue and amount together, but it
    // gives no amount for a lawsuit; a move by amount would be ours alone, so no answer moves it.
    baseLikelihood: "possible",
    adjustments: [],
    rules: ["no-private-lending-cap", "no-harassment"],
  },
];
