/**
 * The advice catalogue: every coping strategy the articles give, merged where they
 * repeat and rewritten, plus what the rules and official channels add. The timeline
 * picks items for the current and the next stage; the contact path picks by audience.
 */
import type { Advice } from "@/lib/schema/content";

const ALL_STAGES = ["due-day", "reminders", "calls", "contacts", "escalation", "legal"];

export const advice: Advice[] = [
  {
    id: "pay-what-you-can",
    title: "能还多少先还多少",
    body: "当天还上就不算逾期；已经逾期的，越早还清，罚息越少，对信用的影响也越小。一次还不清，先还一部分也有用。",
    steps: ["打开支付宝，在借呗或花呗页面查看应还金额", "先还上能还的部分，保留还款记录截图"],
    audience: ["borrower"],
    stages: ALL_STAGES,
    priority: 1,
    citations: [
      { source: "article-who-is-contacted", where: "5.3 维护个人信用" },
      { source: "article-seven-days", where: "建议：逾期后积极沟通，主动还款" },
    ],
  },
  {
    id: "talk-to-official-service",
    title: "主动联系官方客服，谈一个做得到的还款计划",
    body: "您可以先开口说明情况：通过支付宝 App 里的「我的客服」或95188讲清原因，提出您真正做得到的方案，比如分几期还、延后几天。这是请求，平台可以不同意；有两篇文章认为，主动沟通、提出可行计划的人，联系人被打扰的可能更小。",
    steps: [
      "在支付宝 App 里打开「我的客服」，或拨打95188",
      "说清楚逾期原因和您能还的金额、日期",
      "记下客服答复的时间和内容",
    ],
    audience: ["borrower"],
    stages: ALL_STAGES,
    priority: 2,
    citations: [
      { source: "article-when-contacts-2025", where: "5.2 及时沟通" },
      { source: "article-seven-days", where: "建议：逾期后积极沟通，主动还款" },
      { source: "article-who-is-contacted", where: "5.1 主动联系支付宝" },
      { source: "article-overdue-process-2025", where: "四、3" },
      { source: "article-how-contacts-2024", where: "五、3 及时沟通" },
      { source: "service-alipay-customer-service" },
    ],
  },
  {
    id: "check-your-lender",
    title: "看清楚欠的是谁的钱",
    body: "借呗、花呗由重庆蚂蚁消费金融有限公司放贷；但支付宝里标着「信用购」「信用贷」和银行名字的额度，欠的是那家银行。协商前先在账单或合同里确认放贷机构。",
    audience: ["borrower"],
    stages: ["due-day", "reminders", "calls"],
    priority: 5,
    citations: [{ source: "news-ant-consumer-finance-2021" }],
  },
  {
    id: "set-reminders",
    title: "设好提醒，避免下一期再逾期",
    body: "把还款日记进手机日历或闹钟，或开通自动还款，并在还款日前把钱留在账户里。",
    audience: ["borrower"],
    stages: ["due-day", "reminders"],
    priority: 6,
    citations: [
      { source: "article-seven-days", where: "建议：及时关注还款信息，设置提醒" },
      { source: "article-how-contacts-2024", where: "五、2 制定还款计划" },
    ],
  },
  {
    id: "tell-your-contact",
    title: "先跟您的紧急联系人打个招呼",
    body: "与其让对方突然接到陌生电话，不如您先说明情况，告诉对方：他不欠钱，也不用替您还，接到电话可以请对方直接联系您。",
    audience: ["borrower"],
    stages: ["calls", "contacts"],
    priority: 3,
    citations: [
      { source: "article-when-contacts-2025", where: "5.3 告知紧急联系人" },
      { source: "law-civil-code-contracts", where: "第四百六十五条" },
    ],
  },
  {
    id: "know-your-rights",
    title: "了解催收的边界，遇到越界可以投诉",
    body: "正常的催收是提醒您还钱；威胁、辱骂、深夜来电、向无关的人透露您的欠款，都越过了规则。先向平台客服投诉，没有结果再打12378金融消费者投诉热线；骚扰电话和短信可以在12321的网站（www.12321.cn）或App上举报；有人威胁您的安全，请拨110。",
    audience: ["borrower", "contact"],
    stages: ["calls", "contacts", "escalation", "legal"],
    priority: 4,
    citations: [
      { source: "article-when-contacts-2025", where: "5.4 学习相关法律知识" },
      { source: "article-overdue-process-2025", where: "四、4" },
      { source: "article-who-is-contacted", where: "5.2 了解自己的权利" },
      { source: "guideline-cba-collection-2026", where: "禁止行为（新闻摘要）" },
      { source: "service-12378" },
      { source: "service-12321" },
      { source: "service-110-96110" },
    ],
  },
  {
    id: "keep-records",
    title: "保留记录",
    body: "催收电话、短信、律师函都是记录。把来电时间、号码、对方说了什么记下来，保存短信和截图；需要投诉时，这些就是依据。",
    audience: ["borrower", "contact"],
    stages: ["calls", "contacts", "escalation", "legal"],
    priority: 7,
    citations: [
      { source: "article-overdue-process-2025", where: "评论：记录的种类" },
      { source: "service-12378" },
    ],
  },
  {
    id: "verify-legal-papers",
    title: "核实律师函和法院文书的真假",
    body: "律师函不是法院文书。拿不准一份文件是不是法院发的，自己查到法院公开的电话核实，不要用文件上留的号码。行业指引禁止冒充法院、警方催收。收到真实的法院文书不要置之不理，按要求应诉或协商。",
    audience: ["borrower"],
    stages: ["escalation", "legal"],
    priority: 3,
    citations: [
      { source: "article-overdue-process-2025", where: "三、3.(4)、3.(6)" },
      { source: "guideline-cba-collection-2026", where: "禁止冒充公检法（新闻摘要）" },
    ],
  },
  {
    id: "beware-of-scams",
    title: "当心「帮您减免」的骗局",
    body: "收费办理「代理协商」「债务优化」「停息挂账」「征信修复」的，多是灰色甚至违法的生意；自称客服、要您转到私聊或先交钱的，是常见骗局。协商只走支付宝官方客服，拿不准可以打96110咨询。",
    audience: ["borrower", "contact"],
    stages: ALL_STAGES,
    priority: 8,
    citations: [
      { source: "service-alipay-customer-service" },
      { source: "service-110-96110" },
      { source: "article-how-contacts-2024", where: "开头：保护个人信息安全" },
    ],
  },
  {
    id: "check-credit-report",
    title: "免费查一次自己的信用报告",
    body: "每人每年可以免费查两次本人信用报告。记录有错可以提出异议，机构应在20日内答复。不要花钱找人「洗白」征信。",
    audience: ["borrower"],
    stages: ["escalation", "legal"],
    priority: 6,
    citations: [
      { source: "reg-credit-reporting", where: "第十七条、第二十五条" },
      { source: "service-pbccrc" },
    ],
  },
  {
    id: "rebuild-credit",
    title: "还清之后，慢慢把信用养回来",
    body: "不良记录在还清后保存5年。这期间按时还好每一笔账，新的良好记录会逐步抵消旧的影响。",
    audience: ["borrower"],
    stages: ["escalation", "legal"],
    priority: 9,
    citations: [
      { source: "article-seven-days", where: "建议：维护个人信用，修复信用记录" },
      { source: "reg-credit-reporting", where: "第十六条" },
    ],
  },
  {
    id: "borrow-within-means",
    title: "下次借之前，先算清每月还得起多少",
    body: "几篇文章给的第一条建议都是借之前先算清还款能力：借款前把每月收入和固定开支列出来，算出真正还得起的月供，再决定借多少、分几期。已经逾期的，先把这一笔处理好，再考虑新的借款，不要借新还旧。",
    audience: ["borrower"],
    stages: ["due-day"],
    priority: 10,
    citations: [
      { source: "article-when-contacts-2025", where: "5.1 尽量避免逾期" },
      { source: "article-how-contacts-2024", where: "五、1 合理规划借款" },
      { source: "article-seven-days", where: "建议：提前规划，合理借贷" },
      { source: "article-overdue-process-2025", where: "四、1" },
    ],
    articleSupport: [
      {
        says: "几篇文章给的第一条建议都是借之前先算清还款能力",
        articles: ["article-when-contacts-2025", "article-how-contacts-2024", "article-seven-days", "article-overdue-process-2025"],
      },
    ],
  },
];
