/**
 * What the law and the collection rules allow, to set beside what the articles report.
 * Each statement names the one source that makes it true, and is shown only on the days
 * that source is in force (lib/engine/in-force.ts, `ruleOnDay`); a rule appears while at
 * least one of its statements rests on a rule text in force. So the national standard
 * (from 2025-02-28) and the banking association's guideline (from 2026-01-30) appear
 * and disappear statement by statement, and each statement says which kind of text it is.
 * A title must hold whichever of its rule-text statements are shown.
 */
import type { Citation, CollectionRule } from "@/lib/schema/content";

const STANDARD_TIME: Citation = { source: "std-gbt-45251-2025", where: "催收时间（二手摘要）" };
const STANDARD_CALLS: Citation = { source: "std-gbt-45251-2025", where: "催收频率（二手摘要）" };
const STANDARD_WHO: Citation = { source: "std-gbt-45251-2025", where: "催收对象（二手摘要）" };
const CBA_TIME: Citation = { source: "guideline-cba-collection-2026", where: "催收时间（新闻摘要）" };
const CBA_CALLS: Citation = { source: "guideline-cba-collection-2026", where: "催收频率（新闻摘要）" };
const CBA_THIRD_PARTY: Citation = { source: "guideline-cba-collection-2026", where: "第三人联系规则（新闻摘要）" };
const CBA_BANNED: Citation = { source: "guideline-cba-collection-2026", where: "禁止行为（新闻摘要）" };

export const collectionRules: CollectionRule[] = [
  {
    id: "quiet-hours",
    title: "晚上22点到早上8点不应催收",
    statements: [
      { text: "国家标准（推荐性标准）：除非另有约定，晚上10点到第二天早上8点之间不催收。", basis: STANDARD_TIME },
      { text: "银行业协会的行业指引：未经同意，这段时间不打催收电话，也不上门。", basis: CBA_TIME },
    ],
    audience: ["borrower", "contact"],
  },
  {
    id: "call-limits",
    title: "打电话有次数限制",
    statements: [
      {
        text: "国家标准（推荐性标准）：每天与同一债务人接通的催收电话不超过3次，放贷机构和它委托的催收机构合并计算。",
        basis: STANDARD_CALLS,
      },
      { text: "银行业协会的行业指引：每天对同一个号码未接通的拨打不超过6次。", basis: CBA_CALLS },
    ],
    audience: ["borrower"],
  },
  {
    id: "third-parties-only-when-unreachable",
    title: "只有联系不上本人时，才可以联系第三人",
    statements: [
      {
        text: "银行业协会的行业指引禁止向与借款无关的人催收。只有借款人失联（例如连续3次或连续3天联系不上）时，才可以联系第三人，而且只能问借款人的联系方式或请其转告。",
        basis: CBA_THIRD_PARTY,
      },
    ],
    audience: ["borrower", "contact"],
  },
  {
    id: "no-debt-disclosure",
    title: "不得随意向他人透露欠款",
    statements: [
      {
        text: "银行业协会的行业指引要求：联系第三人时不得透露债务情况，也不得散布借款人的隐私。",
        basis: CBA_THIRD_PARTY,
      },
      {
        text: "民法典规定，掌握个人信息的机构不得泄露，未经本人同意不得向他人非法提供；法律也列有例外，所以某一次告知是否违法，要看具体情形。",
        basis: { source: "law-civil-code-personality", where: "第一千零三十八条；例外见第一千零三十六条" },
      },
    ],
    audience: ["borrower", "contact"],
  },
  {
    id: "stop-when-refused",
    title: "被联系的人可以拒绝",
    statements: [
      { text: "银行业协会的行业指引要求：被联系的第三人明确表示拒绝，就应停止联系。", basis: CBA_THIRD_PARTY },
      {
        text: "个人信息保护法规定，个人有权限制或拒绝他人处理自己的个人信息（法律、行政法规另有规定的除外）；处理已无必要、撤回同意或违法处理等情形下，可以要求删除。",
        basis: { source: "law-pipl", where: "第四十四条、第四十七条" },
      },
    ],
    audience: ["contact"],
  },
  {
    id: "no-harassment",
    title: "不得威胁、辱骂、骚扰",
    statements: [
      {
        text: "银行业协会的行业指引明确禁止：威胁、辱骂、冒充法院或警方、编造「黑名单」之类的后果、额外收费、诱导借新还旧、公开张贴。",
        basis: CBA_BANNED,
      },
      {
        text: "民法典规定，除法律另有规定或本人明确同意外，不得用电话、短信等方式侵扰他人的私人生活安宁。",
        basis: { source: "law-civil-code-personality", where: "第一千零三十三条" },
      },
      {
        text: "治安管理处罚法（2012年文本）规定，多次发送侮辱、恐吓等信息干扰他人正常生活的，可以处拘留或罚款。",
        basis: { source: "law-public-security-penalties-2012", where: "第四十二条第（五）项" },
      },
      {
        text: "刑法规定，冒充国家机关工作人员招摇撞骗的，要追究刑事责任；冒充法院、公安催收，可能涉及这一条。",
        basis: { source: "law-criminal-code", where: "第二百七十九条" },
      },
      {
        text: "2012年文本的治安管理处罚法也处罚威胁他人人身安全和冒充国家机关工作人员招摇撞骗。",
        basis: { source: "law-public-security-penalties-2012", where: "第四十二条第（一）项、第五十一条" },
      },
      {
        text: "治安管理处罚法已经修订，新版自2026年1月1日起施行，条文编号有变化；本站没有收录新法全文，无法核对它如何规定这类行为，所以这里不写条号。",
        basis: { source: "law-public-security-penalties-2025", where: "本站没有收录修订后的全文，因此不列条号" },
      },
    ],
    audience: ["borrower", "contact"],
  },
  {
    id: "home-visit-rules",
    title: "上门有规矩",
    statements: [
      {
        text: "银行业协会的行业指引要求：上门至少2人，不在夜间上门，未经同意不进入住所。",
        basis: { source: "guideline-cba-collection-2026", where: "上门催收（新闻摘要）" },
      },
      { text: "有人强行进门或威胁您的安全，请报警。", basis: { source: "service-110-96110" } },
    ],
    audience: ["borrower", "contact"],
  },
  {
    id: "address-book-not-needed",
    title: "借贷 App 不需要您的通讯录",
    statements: [
      {
        text: "按国家的规定（据二手资料），借贷类应用的必要个人信息不包括手机通讯录。",
        basis: { source: "reg-app-necessary-info-2021", where: "借贷类应用（二手资料）" },
      },
      {
        text: "平台把信息交给催收机构时：如果是委托对方代为催收，法律要求双方约定用途和范围、平台负责监督，并不另需本人单独同意；如果是提供给另一家自行决定怎么用的机构，就要告知本人并取得单独同意。属于哪一种，取决于平台和催收机构的安排。",
        basis: { source: "law-pipl", where: "第二十一条（委托处理）、第二十三条（向其他处理者提供）" },
      },
    ],
    audience: ["borrower", "contact"],
  },
  {
    id: "contact-owes-nothing",
    title: "紧急联系人不用还钱",
    statements: [
      {
        text: "除法律另有规定外，合同只约束签订它的各方；保证要有保证合同，或向债权人作出的书面保证。紧急联系人没有签保证合同、没有书面承诺，也没有向债权人表示愿意承担这笔债务，一般就没有还款义务；按这个道理，这笔欠款也不会记到联系人自己的信用报告上（这是我们对法条的理解）。",
        basis: { source: "law-civil-code-contracts", where: "第四百六十五条、第五百五十二条、第六百八十一条、第六百八十五条" },
      },
    ],
    audience: ["borrower", "contact"],
  },
  {
    id: "promise-to-pay-trap",
    title: "不要随口说「我替他还」",
    statements: [
      {
        text: "向债权人表示愿意承担债务的人，如果债权人没有在合理期限内明确拒绝，可能要在承诺的范围内和借款人一起承担。自愿替人还钱是选择，不是义务；不要口头承诺，也不要签任何东西。",
        basis: { source: "law-civil-code-contracts", where: "第五百五十二条" },
      },
    ],
    audience: ["contact"],
  },
  {
    id: "notice-before-reporting",
    title: "上报不良记录前应先告知您",
    statements: [
      {
        text: "向征信系统报送个人不良信息的机构，应当事先告知本人。",
        basis: { source: "reg-credit-reporting", where: "第十五条" },
      },
    ],
    audience: ["borrower"],
  },
  {
    id: "no-private-lending-cap",
    title: "民间借贷的利率上限不适用于借呗、花呗",
    statements: [
      {
        text: "最高人民法院的民间借贷司法解释写明，经金融监管部门批准设立的贷款金融机构因放贷引发的纠纷，不适用这部规定。借呗、花呗由持牌消费金融公司放贷，所以其中按LPR四倍计算的上限管不到它们。",
        basis: { source: "court-private-lending-2020", where: "第一条第二款" },
      },
      {
        text: "据二手资料，法院审查金融借款时，参照的是利息、复利、罚息和其他费用合计年化24%的上限。",
        basis: { source: "court-financial-trial-2017", where: "二手转述" },
      },
    ],
    audience: ["borrower"],
  },
  {
    id: "collect-from-borrower-only",
    title: "只能向借款人本人催收",
    statements: [
      {
        text: "国家标准（推荐性标准）要求只向债务人本人催收，不向联系人催收。让紧急联系人还钱或替借款人催，超出了这个范围。",
        basis: STANDARD_WHO,
      },
      { text: "银行业协会的行业指引也禁止向与借款无关的人催收。", basis: CBA_THIRD_PARTY },
    ],
    audience: ["borrower", "contact"],
  },
  {
    id: "no-personal-accounts",
    title: "外包催收不得用私人手机、社交账号联系",
    statements: [
      { text: "银行业协会的行业指引要求：外包催收人员未经同意，不得用个人手机号或社交账号联系。", basis: CBA_BANNED },
    ],
    audience: ["borrower", "contact"],
  },
  {
    id: "collection-terms-in-contract",
    title: "催收相关条款应在合同里醒目提示",
    statements: [
      {
        text: "据二手资料，中国互联网金融协会的《互联网金融贷后催收业务指引》要求放贷机构在借款合同中突出提示和催收有关的条款。",
        basis: { source: "guideline-nifa-collection-2024", where: "合同提示要求（二手资料）" },
      },
      {
        text: "想知道您的合同里怎么写，可以请平台客服指出并解释和催收有关的条款。",
        basis: { source: "service-alipay-customer-service" },
      },
    ],
    audience: ["borrower"],
  },
];
