/**
 * The several-debts page's texts (/several-debts): what each kind of debt puts at risk
 * according to the texts this product holds, and what the sources support when a person
 * owes several lenders. Validated by `severalDebtsContentSchema` through the loader.
 * The product's articles speak about 借呗/花呗 only: for the other kinds, only what a
 * law says, and the person's own contract for the rest (shared/DOMAIN-FACTS.md,
 * "Several debts at once").
 */
import type { SeveralDebtsContent } from "@/lib/schema/several-debts";

const INTEREST_AS_AGREED = { source: "law-civil-code-contracts", where: "第六百七十六条" };

export const severalDebts: SeveralDebtsContent = {
  kindRisks: {
    jiebei: {
      text: "借呗由重庆蚂蚁消费金融有限公司放贷。有文章说，逾期可能记入央行征信；按《征信业管理条例》，放贷机构报送不良信息前要先告知您本人。谁可能联系您、从哪天起、各来源说法有何不同，完整自查会按您的日期列出。",
      citations: [
        { source: "news-ant-consumer-finance-2021" },
        { source: "article-seven-days", where: "借呗逾期的其他后果" },
        { source: "reg-credit-reporting", where: "第十五条" },
      ],
    },
    huabei: {
      text: "花呗由重庆蚂蚁消费金融有限公司或出资的银行放贷，在您授权下向央行征信系统报送信息，包括违约信息；报送不良信息前，放贷机构要先告知您本人。谁可能联系您、从哪天起，完整自查会按您的日期列出。",
      citations: [
        { source: "news-huabei-credit-report-2021" },
        { source: "reg-credit-reporting", where: "第十五条" },
      ],
    },
    card: {
      text: "信用卡欠的是发卡银行。本站收录的文章都没有谈信用卡，能说的是法律条文本身：刑法第一百九十六条把「恶意透支」算作信用卡诈骗，但条文要求两点同时成立——持卡人以非法占有为目的，并且经发卡银行催收后仍不归还。按条文，因为困难一时还不上、并没有想占为己有，不是它说的情况；个案由法院认定。数额、催收次数等具体标准在司法解释里，本站没有收录原文，这里不写数字。利息和费用以您的信用卡领用合约为准。",
      citations: [{ source: "law-criminal-code", where: "第一百九十六条第二款" }, INTEREST_AS_AGREED],
    },
    bankloan: {
      text: "银行贷款的条件各不相同，本站的文章来源不讲银行贷款，这里不猜银行会怎样做。逾期利息按合同约定或国家有关规定支付，以您的借款合同为准；有抵押或担保人的，见下面的说明。",
      citations: [INTEREST_AS_AGREED],
    },
    online: {
      text: "借呗、花呗以外的网络借款，本站的来源没有讲，这里不猜这些平台会怎样做。逾期利息按合同约定或国家有关规定支付，以您的借款合同为准；先在合同上确认放贷的是哪家机构。",
      citations: [INTEREST_AS_AGREED],
    },
  },
  collateral: {
    text: "有抵押的借款（例如房贷、车贷）是拿财产为这笔债作保障，还不上时，抵押的财产可能受影响。本站没有收录关于抵押的法律条文，会怎样处理以您的抵押合同为准；可以打12348免费问一问。",
    citations: [{ source: "service-12348" }],
  },
  guarantor: {
    text: "有担保人（保证人）的借款，您到期还不上时，担保人要按保证合同替您履行或承担责任，范围可能包括本金、利息、违约金和实现债权的费用。合同没写清是哪种保证的，按一般保证。只是填作紧急联系人的人不是担保人：担保要有保证合同或书面承诺。",
    citations: [{ source: "law-civil-code-contracts", where: "第六百八十一条、第六百八十五条、第六百八十六条、第六百九十一条" }],
  },
  rateWhere: {
    text: "每多等一天要多付多少，这里只按您自己填的日费率算，不替您假设一个费率。逾期利息按合同约定或国家有关规定支付，所以费率写在这笔借款的合同或账单上：信用卡看账单和领用合约，贷款看借款合同，借呗、花呗看这笔借款的合同和账单。",
    citations: [INTEREST_AS_AGREED],
  },
  supported: [
    {
      title: "每一笔分别去和放贷的机构谈",
      text: "欠了几家，就分别联系几家。借呗、花呗通过支付宝 App 里的「我的客服」或95188；其他几笔，找账单或合同上写的那家机构的官方客服。先确认欠的是谁的钱：支付宝里标着银行名字的额度，欠的是那家银行。提出您真正做得到的安排；这是请求，对方可以不同意。",
      citations: [{ source: "service-alipay-customer-service" }, { source: "news-ant-consumer-finance-2021" }],
    },
    {
      title: "不要借新债还旧债",
      text: "银行业协会的催收指引把诱导借新还旧列为催收方不得做的事（据新闻摘要）。不管是催收的人，还是自称能「优化债务」的人劝您借一笔新的来还旧的，都可以拒绝。",
      citations: [{ source: "guideline-cba-collection-2026" }],
    },
    {
      title: "每一笔都留下记录",
      text: "记下每次沟通的日期、对方是谁、说了什么、答应了什么，保存短信、账单和还款凭证的截图。几笔同时在处理时，这些记录帮您理清每一笔走到了哪一步；需要投诉时，它们就是依据。",
      citations: [
        { source: "article-overdue-process-2025", where: "评论：记录的种类" },
        { source: "service-12378" },
      ],
    },
  ],
  noOrder: {
    text: "本站收录的来源里，没有一条说明几笔债应该按什么顺序还，所以这里不替您排顺序。上面每一笔每天的费用可以拿来比较，但它不是唯一要考虑的：抵押、担保人、和各家谈下来的安排都有关系。具体怎么安排，可以打12348（公共法律服务热线）免费咨询；经济困难的，还可以问能不能申请法律援助。",
    citations: [{ source: "service-12348" }],
  },
};
