/**
 * What accumulates while a repayment stays overdue. `fromDay` is when a consequence
 * starts to apply; none of the sources gives the lender's exact days, so the days here
 * follow the stage the articles attach each consequence to. Those on day 1 are this
 * product's placement (no source gives a day), and the pages say so.
 */
import type { Consequence } from "@/lib/schema/content";

export const consequences: Consequence[] = [
  {
    id: "penalty-interest",
    title: "罚息随逾期天数增加",
    body: "文章说，逾期后要付罚息，通常按天计收；法律规定，逾期利息按约定或国家有关规定支付。平台没有公开统一的费率，具体以您的合同或账单为准；下面的数字只是按您填的费率算的估计。",
    fromDay: 1,
    kind: "money",
    stated: true,
    citations: [
      { source: "article-when-contacts-2025", where: "3.2 罚息" },
      { source: "article-seven-days", where: "借呗逾期的其他后果" },
      { source: "law-civil-code-contracts", where: "第六百七十六条" },
    ],
  },
  {
    id: "zhima-score",
    title: "芝麻分可能下降",
    body: "一篇文章说，逾期会导致芝麻分下降，免押租借、信用额度等和芝麻分挂钩的服务可能受限。",
    fromDay: 1,
    kind: "access",
    citations: [{ source: "article-seven-days", where: "借呗逾期的其他后果" }],
  },
  {
    id: "credit-report",
    title: "可能记入央行征信",
    body: "据新闻报道，花呗在用户授权下向人民银行征信系统报送信息，包括违约信息；文章说借呗的逾期信息也会上传。报送不良信息前应当告知您本人；逾期多少天会被报送，平台没有公开。不良信息自不良行为结束之日起保存5年，期满删除；文章说它会影响以后申请房贷、车贷和信用卡。",
    fromDay: 1,
    kind: "credit",
    citations: [
      { source: "news-huabei-credit-report-2021" },
      { source: "article-seven-days", where: "借呗逾期的其他后果" },
      { source: "reg-credit-reporting", where: "第十五条、第十六条" },
    ],
  },
  {
    id: "borrowing-limits",
    title: "额度和借款资格受影响",
    body: "两篇文章说，逾期记录可能让支付宝内外的放贷机构降低额度、提高利率，或拒绝新的借款申请。",
    fromDay: 1,
    kind: "access",
    citations: [
      { source: "article-who-is-contacted", where: "1.2 逾期的影响" },
      { source: "article-seven-days", where: "借呗逾期的其他后果" },
    ],
  },
  {
    id: "legal-exposure",
    title: "法律风险上升",
    body: "文章说，逾期很久仍不还，放贷方可能起诉，借款人可能面临财产被查封等风险。被起诉是民事纠纷；但法院判决后，有能力执行却拒不执行、情节严重的，可能构成犯罪。据二手资料，法院审查金融借款时，参照的是利息、复利、罚息和其他费用合计年化24%的上限。",
    fromDay: 61,
    kind: "legal",
    citations: [
      { source: "article-overdue-process-2025", where: "三、2.(3)；三、3.(6)" },
      { source: "article-seven-days", where: "借呗逾期的其他后果" },
      { source: "law-criminal-code", where: "第三百一十三条" },
      { source: "court-financial-trial-2017", where: "二手转述" },
    ],
  },
];
