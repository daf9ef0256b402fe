/**
 * What the law and the collection rules allow, to set beside what the articles report.
 * A rule is shown only while at least one of the rule sources it cites is in force
 * on the assessment's `today` (see lib/engine/in-force.ts).
 */
import type { CollectionRule } from "@/lib/content/schema";

export const collectionRules: CollectionRule[] = [
  {
    id: "quiet-hours",
    title: "晚上22点到早上8点不应催收",
    body: "除非您同意，催收电话和上门都不应发生在晚上10点到第二天早上8点之间。",
    audience: ["borrower", "contact"],
    citations: [
      { source: "std-gbt-45251-2025", where: "催收时间（二手摘要）" },
      { source: "guideline-cba-collection-2026", where: "催收时间（新闻摘要）" },
    ],
  },
  {
    id: "call-limits",
    title: "打电话有次数限制",
    body: "国家标准建议每天与债务人接通的催收电话不超过3次；行业指引要求每天对同一个号码未接通的拨打不超过6次。",
    audience: ["borrower"],
    citations: [
      { source: "std-gbt-45251-2025", where: "催收频率（二手摘要）" },
      { source: "guideline-cba-collection-2026", where: "催收频率（新闻摘要）" },
    ],
  },
  {
    id: "third-parties-only-when-unreachable",
    title: "只有联系不上本人时，才可以联系第三人",
    body: "行业规则禁止向与借款无关的人催收。只有借款人失联（例如连续3次或连续3天联系不上）时，才可以联系第三人，而且只能问借款人的联系方式或请其转告。",
    audience: ["borrower", "contact"],
    citations: [
      { source: "guideline-cba-collection-2026", where: "第三人联系规则（新闻摘要）" },
      { source: "std-gbt-45251-2025", where: "催收对象（二手摘要）" },
    ],
  },
  {
    id: "no-debt-disclosure",
    title: "不得向第三人透露欠款",
    body: "联系第三人时不能说出借款金额等债务细节，也不能散布借款人的隐私；未经同意把个人信息告诉他人，本身就违反法律。",
    audience: ["borrower", "contact"],
    citations: [
      { source: "guideline-cba-collection-2026", where: "第三人联系规则（新闻摘要）" },
      { source: "law-civil-code-personality", where: "第一千零三十八条" },
    ],
  },
  {
    id: "stop-when-refused",
    title: "第三人拒绝，就应停止",
    body: "被联系的人明确表示不愿再接此类电话，催收方应停止联系；个人也有权拒绝对自己信息的处理，并要求删除。",
    audience: ["contact"],
    citations: [
      { source: "guideline-cba-collection-2026", where: "第三人联系规则（新闻摘要）" },
      { source: "law-pipl", where: "第四十四条、第四十七条" },
    ],
  },
  {
    id: "no-harassment",
    title: "不得威胁、辱骂、冒充公检法",
    body: "威胁、辱骂、冒充法院或警方、编造「黑名单」之类的后果、额外收费、诱导借新还旧、公开张贴，都是行业规则明确禁止的。反复发送侮辱或恐吓信息的，还可能受到治安处罚。",
    audience: ["borrower", "contact"],
    citations: [
      { source: "guideline-cba-collection-2026", where: "禁止行为（新闻摘要）" },
      { source: "law-civil-code-personality", where: "第一千零三十三条" },
      { source: "law-public-security-penalties-2012", where: "第四十二条第（五）项（2012年文本）" },
      { source: "law-public-security-penalties-2025", where: "2026年起施行的修订版，条号未核对" },
    ],
  },
  {
    id: "home-visit-rules",
    title: "上门有规矩",
    body: "行业指引要求上门至少两人，不得在夜间上门，未经同意不得进入住所。有人强行进门或威胁，请报警。",
    audience: ["borrower", "contact"],
    citations: [
      { source: "guideline-cba-collection-2026", where: "上门催收（新闻摘要）" },
      { source: "service-110-96110" },
    ],
  },
  {
    id: "address-book-not-needed",
    title: "借贷 App 不需要您的通讯录",
    body: "借贷类应用的必要个人信息不包括通讯录；把您的信息交给催收机构等其他方，还需要您单独同意。",
    audience: ["borrower", "contact"],
    citations: [
      { source: "reg-app-necessary-info-2021", where: "借贷类应用（二手资料）" },
      { source: "law-pipl", where: "第二十三条" },
    ],
  },
  {
    id: "contact-owes-nothing",
    title: "紧急联系人不用还钱",
    body: "借款合同只约束借款人和放贷方。紧急联系人没有签保证合同、没有书面承诺，就没有还款义务，信用报告也不受影响。",
    audience: ["borrower", "contact"],
    citations: [
      { source: "law-civil-code-contracts", where: "第四百六十五条、第六百八十一条、第六百八十五条" },
    ],
  },
  {
    id: "promise-to-pay-trap",
    title: "不要随口说「我替他还」",
    body: "向债权人表示愿意承担债务的人，可能要在承诺的范围内和借款人一起承担。自愿替人还钱是选择，不是义务；不要口头承诺，也不要签任何东西。",
    audience: ["contact"],
    citations: [{ source: "law-civil-code-contracts", where: "第五百五十二条" }],
  },
  {
    id: "notice-before-reporting",
    title: "上报不良记录前应先告知您",
    body: "放贷机构向征信系统报送不良信息前，应当通知本人。",
    audience: ["borrower"],
    citations: [{ source: "reg-credit-reporting", where: "第十五条" }],
  },
  {
    id: "no-private-lending-cap",
    title: "民间借贷的利率上限不适用于借呗、花呗",
    body: "借呗、花呗由持牌消费金融公司放贷，不适用民间借贷「4倍LPR」的上限；据二手资料，法院审查金融借款时参照的是利息、罚息和费用合计年化24%。",
    audience: ["borrower"],
    citations: [
      { source: "court-private-lending-2020", where: "第一条第二款" },
      { source: "court-private-lending-scope-2020" },
      { source: "court-financial-trial-2017", where: "二手转述" },
    ],
  },
  {
    id: "collect-from-borrower-only",
    title: "只能向借款人本人催收",
    body: "国家标准要求只向债务人本人催收、不向联系人催收；行业规则也禁止向与借款无关的人催收。让紧急联系人还钱或替他催，超出了这个范围。",
    audience: ["borrower", "contact"],
    citations: [
      { source: "std-gbt-45251-2025", where: "催收对象（二手摘要）" },
      { source: "guideline-cba-collection-2026", where: "第三人联系规则（新闻摘要）" },
    ],
  },
  {
    id: "no-personal-accounts",
    title: "外包催收不得用私人手机、社交账号联系",
    body: "行业规则要求，外包催收人员未经同意，不得用个人手机号或社交账号联系。",
    audience: ["borrower", "contact"],
    citations: [{ source: "guideline-cba-collection-2026", where: "禁止行为（新闻摘要）" }],
  },
  {
    id: "collection-terms-in-contract",
    title: "催收相关条款应在合同里醒目提示",
    body: "互联网金融行业的自律指引要求放贷机构在借款合同中突出提示和催收有关的条款。想知道逾期后可能被怎样联系，可以先在借呗、花呗的协议里找到这一部分；看不明白，可以请平台客服解释。",
    audience: ["borrower"],
    citations: [{ source: "guideline-nifa-collection-2024", where: "合同提示要求（二手资料）" }],
  },
];
