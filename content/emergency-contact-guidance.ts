/**
 * What the emergency-contact page says, as cited records: the three answers on the
 * first screen, the judgements the questionnaire can pick, the next steps and the
 * complaint channels in the order to try them. Rules already written in
 * content/collection-rules.ts are named by id, not restated. Where only the
 * third-party articles support a point, the wording says so.
 */
import type { Citation } from "@/lib/schema/content";
import type { ContactAction, ContactChannel, ContactJudgement, ContactKeyPoint } from "@/lib/schema/emergency-contact";

const CBA_THIRD_PARTY: Citation = { source: "guideline-cba-collection-2026", where: "第三人联系规则（新闻摘要）" };
const CBA_BANNED: Citation = { source: "guideline-cba-collection-2026", where: "禁止行为（新闻摘要）" };

export const contactKeyPoints: ContactKeyPoint[] = [
  {
    id: "owes-nothing",
    heading: "您不欠这笔钱",
    body: "紧急联系人不是借款的一方。除法律另有规定外，合同只约束签了它的人：共同借款人，或签过保证合同、书面担保的人，才要还款。按我们对法条的理解，您的信用报告也不受影响。",
    // The same places as the rule beside it (contact-owes-nothing), so the card lists them once.
    citations: [{ source: "law-civil-code-contracts", where: "第四百六十五条、第五百五十二条、第六百八十一条、第六百八十五条" }],
    rules: ["contact-owes-nothing"],
  },
  {
    id: "why-called",
    heading: "为什么打给您",
    body: "借款人申请时留了您的号码。行业指引要求：联系不上他时才可以找您，且只能请您转告或问他的联系方式。但三篇网络文章说的是逾期约7到30天就可能找联系人，并没有说要先联系不上他。",
    citations: [
      { source: "article-when-contacts-2025", where: "4.1 紧急联系人的定义；4.2 逾期中期（文章说法）" },
      CBA_THIRD_PARTY,
      { source: "article-how-contacts-2024", where: "一、银行何时会联系紧急联系人（文章说法）" },
      { source: "article-seven-days", where: "逾期7天会打联系人吗（文章说法）" },
    ],
    rules: ["third-parties-only-when-unreachable"],
  },
  {
    id: "do-now",
    heading: "现在可以做什么",
    body: "愿意就转告他一声。别答应替他还钱，也别签任何东西；不想再接，就说「别再打来」，按行业指引对方应当停止。",
    citations: [
      { source: "law-civil-code-contracts", where: "第五百五十二条" },
      CBA_THIRD_PARTY,
      { source: "law-pipl", where: "第四十四条" },
    ],
    rules: ["promise-to-pay-trap", "stop-when-refused"],
  },
];

export const contactJudgements: ContactJudgement[] = [
  {
    id: "asked-to-pass-message",
    title: "请您转告、问借款人的联系方式",
    body: "催收方可以请您带个话，或问借款人现在怎么联系，但不能向您催收。您可以转告，也可以回答不知道。",
    citations: [{ source: "std-gbt-45251-2025", where: "催收对象（二手摘要）" }, CBA_THIRD_PARTY],
    rules: ["third-parties-only-when-unreachable", "collect-from-borrower-only"],
  },
  {
    id: "agency-caller",
    title: "第三方机构打来：规则一样适用",
    body: "一篇网络文章说，逾期超过一个月，可能有专业催收公司介入；另一篇文章下的读者评论说，最后可能转给第三方催收公司。不管谁打来，这一页列的规则都适用；行业指引还要求外包人员未经同意不用私人手机或社交账号联系。",
    citations: [
      { source: "article-when-contacts-2025", where: "4.2 逾期后期（文章说法）" },
      { source: "article-how-contacts-2024", where: "读者评论（个人说法）" },
      CBA_BANNED,
    ],
    rules: ["no-personal-accounts"],
  },
  {
    id: "law-firm-caller",
    title: "自称律所打来：律师函不是法院文书，您可以先核实",
    body: "不管是平台、催收公司还是律所打来，规则都一样：只能请您转告或问借款人的联系方式，不能向您催收，也不能说出欠款细节。文章介绍，逾期较久时可能收到律师函；律师函是以律所名义发的催告，不是法院文书，也不能让您承担还款义务。要核实，请对方说出律所全称和律师姓名，您自己查到这家律所公开的电话再打过去问，不要用对方给的号码；真正的起诉由法院送达，可以打法院公开的电话核实。拿不准真假，可以打96110问一问。",
    citations: [
      CBA_THIRD_PARTY,
      { source: "article-overdue-process-2025", where: "三、3.(4) 律师函（文章说法）" },
      { source: "law-civil-code-contracts", where: "第四百六十五条" },
      { source: "service-110-96110" },
    ],
    rules: ["no-debt-disclosure", "collect-from-borrower-only", "no-harassment"],
  },
  {
    id: "unknown-caller",
    title: "不清楚是谁打来：您可以先核实",
    body: "您可以请对方说清是哪家机构、替哪个平台催收。还款只能由借款人在支付宝官方渠道办理；自称客服、让人转账到个人账户或收费办「减免」的，是已知的骗局。",
    citations: [{ source: "service-alipay-customer-service" }, { source: "service-110-96110" }],
  },
  {
    id: "debt-disclosed",
    title: "把欠款细节告诉您",
    body: "行业指引要求，联系借款人以外的人时，不能透露借了多少、逾期多久这类债务情况。民法典也规定，掌握个人信息的机构未经本人同意，不得向他人非法提供。",
    citations: [CBA_THIRD_PARTY, { source: "law-civil-code-personality", where: "第一千零三十八条" }],
    rules: ["no-debt-disclosure"],
  },
  {
    id: "asked-to-pay",
    title: "让您还钱或替借款人催：您没有这个义务",
    body: "催收的对象只能是借款人本人：国家标准要求不向联系人催收，行业规则禁止向与借款无关的人催收。请特别留意：对催收方说「我来替他还」，您可能要在答应的数额内和他一起承担。",
    citations: [
      { source: "std-gbt-45251-2025", where: "催收对象（二手摘要）" },
      CBA_THIRD_PARTY,
      { source: "law-civil-code-contracts", where: "第五百五十二条" },
    ],
    rules: ["collect-from-borrower-only", "promise-to-pay-trap"],
  },
  {
    id: "threats",
    title: "威胁、辱骂、恐吓",
    body: "行业规则明确禁止威胁和辱骂；用电话、短信侵扰他人生活安宁，民法典也不允许。对方威胁您或家人的安全，请直接报警。",
    citations: [
      CBA_BANNED,
      { source: "law-civil-code-personality", where: "第一千零三十三条" },
      { source: "service-110-96110" },
    ],
    rules: ["no-harassment"],
  },
  {
    id: "impersonation",
    title: "冒充法院、公安，或说要抓人",
    body: "冒充公检法、编造吓人的后果，是行业指引明确禁止的。说要起诉的，可以自己查到当地法院的公开电话去核实，不要用对方给的号码；有人强行上门，请报警。",
    citations: [
      { source: "guideline-cba-collection-2026", where: "禁止冒充公检法、上门催收（新闻摘要）" },
      { source: "article-overdue-process-2025", where: "三、3.(6) 诉讼（文章说法）" },
    ],
    rules: ["no-harassment", "home-visit-rules"],
  },
  {
    id: "night-calls",
    title: "晚上10点后、早上8点前打来",
    body: "除非您同意，国家标准和行业规则都要求晚上10点到第二天早上8点之间不打催收电话。",
    citations: [
      { source: "std-gbt-45251-2025", where: "催收时间（二手摘要）" },
      { source: "guideline-cba-collection-2026", where: "催收时间（新闻摘要）" },
    ],
    rules: ["quiet-hours"],
  },
  {
    id: "allowed-hours",
    title: "打来的时间在规则允许的时段里",
    body: "国家标准和行业规则限制的是晚上10点到第二天早上8点之间的来电。早上8点到晚上10点之前打来，哪怕是晚上9点50分，时间本身并不违反这条规则；投诉时不要说成深夜来电。您仍然可以要求对方别再打来。",
    citations: [
      { source: "std-gbt-45251-2025", where: "催收时间（二手摘要）" },
      { source: "guideline-cba-collection-2026", where: "催收时间（新闻摘要）" },
    ],
    rules: ["quiet-hours"],
  },
  {
    id: "many-calls",
    title: "打了不止一次：您可以让它停下",
    body: "联系不上借款人时找您带个话，行业指引允许；但您没有义务一直接听。规则里写明的次数上限，说的是打给借款人本人（推荐性国家标准：每天接通不超过3次）和打给同一个号码（行业指引：每天没接通的不超过6次）；对您这样的第三人，没有另定次数，要求的是您拒绝后就停止。民法典规定，除法律另有规定外，未经您明确同意，不得用电话侵扰您的生活安宁。明确说一次「别再打来」，按行业指引，对方就应当停止。",
    citations: [CBA_THIRD_PARTY, { source: "law-civil-code-personality", where: "第一千零三十三条" }],
    rules: ["stop-when-refused", "call-limits"],
  },
  {
    id: "calls-after-refusal",
    title: "您拒绝后还在打",
    body: "被联系的人明确拒绝后，行业指引要求停止联系。您的电话号码是您的个人信息：您有权限制或拒绝对方处理它；对方已不需要它，或本来就不该这样用时，您可以要求删除。",
    citations: [CBA_THIRD_PARTY, { source: "law-pipl", where: "第四十四条、第四十七条" }],
    rules: ["stop-when-refused"],
  },
  {
    id: "not-listed",
    title: "您没答应做联系人：可以要求删除您的号码",
    body: "号码可能是借款人没问您就填上的，也可能来自别处。据二手资料，借贷类应用的必要信息不包括通讯录；您有权限制或拒绝对方处理您的号码，在法律规定的情形下（例如处理已无必要）还可以要求删除。",
    citations: [
      { source: "reg-app-necessary-info-2021", where: "借贷类应用（二手资料）" },
      { source: "law-pipl", where: "第四十四条、第四十七条" },
    ],
    rules: ["address-book-not-needed"],
  },
  {
    id: "my-contacts-used",
    title: "提到或要联系您认识的其他人",
    body: "行业指引禁止向与借款无关的人催收、散布个人信息。民法典也规定，掌握个人信息的机构未经本人同意，不得向他人非法提供。平台把信息交给催收机构时，如果是委托对方代为催收，法律不另要求本人单独同意，但双方要约定用途和范围；如果是提供给另一家自行决定怎么用的机构，就要取得本人单独同意。",
    citations: [
      CBA_BANNED,
      { source: "law-civil-code-personality", where: "第一千零三十八条" },
      { source: "law-pipl", where: "第二十一条、第二十三条" },
    ],
    rules: ["collect-from-borrower-only", "address-book-not-needed"],
  },
];

export const contactActions: ContactAction[] = [
  {
    id: "stay-safe",
    title: "安全受到威胁，先报警",
    body: "有人威胁要伤害您或家人，或有人强行上门，请先拨打110，其他的事之后再说。",
    citations: [{ source: "service-110-96110" }],
    rules: ["home-visit-rules"],
  },
  {
    id: "pay-nobody",
    title: "不要给打电话的人转钱",
    body: "替借款人还钱不是您的义务。借款人自己还款，也只走支付宝里的官方渠道；拿不准对方真假，可以打96110问一问。",
    citations: [{ source: "service-alipay-customer-service" }, { source: "service-110-96110" }],
  },
  {
    id: "promise-nothing",
    title: "不要答应「我替借款人还」",
    body: "随口一句愿意替借款人还，就可能让您在答应的数额内和借款人一起承担。不承诺，不签字。",
    citations: [{ source: "law-civil-code-contracts", where: "第五百五十二条" }],
    rules: ["promise-to-pay-trap"],
  },
  {
    id: "pass-the-message",
    title: "转告一声就够了",
    body: "把对方的来意告诉借款人，请借款人自己联系平台。您不需要追着催还钱，也不用替借款人解释。",
    citations: [CBA_THIRD_PARTY, { source: "law-civil-code-contracts", where: "第四百六十五条" }],
  },
  {
    id: "ask-who-is-calling",
    title: "问清是哪家机构、替谁催收",
    body: "请对方说出机构名称、替哪个平台催收，并记下来电号码和时间；投诉时用得上。",
    citations: [{ source: "service-12378" }],
  },
  {
    id: "say-stop",
    title: "告诉对方：别再打给我",
    body: "平静、明确地说一次就够，下面有现成的话可以照着说。您拒绝之后，对方应当停止联系您。",
    citations: [CBA_THIRD_PARTY, { source: "law-pipl", where: "第四十四条" }],
    rules: ["stop-when-refused"],
  },
  {
    id: "ask-to-delete",
    title: "要求删除您的号码",
    body: "您可以要求平台删除您的电话号码，不再把您当作联系人：法律规定，处理已无必要、撤回同意或违法处理等情形下，可以要求删除。平台拒绝，应当说明理由；您可以投诉，也可以依法起诉。",
    citations: [{ source: "law-pipl", where: "第四十七条、第五十条" }],
  },
  { id: "keep-records", advice: "keep-records" },
];

/** In the order to try them: the lender first, then the regulator, then the rest. */
export const contactChannels: ContactChannel[] = [
  {
    id: "platform",
    name: "平台客服",
    reach: "支付宝 App 里的「我的客服」，或电话95188",
    when: "第一站：说明您只是紧急联系人，要求停止来电、删除号码，或投诉越界的催收。找监管部门之前，一般要先向机构本身投诉。",
    citations: [{ source: "service-alipay-customer-service" }, { source: "service-12378" }],
  },
  {
    id: "regulator-12378",
    name: "金融消费者投诉热线",
    reach: "12378",
    when: "平台没有解决，或者催收明显越界（骚扰、泄露欠款、威胁）时，向国家金融监督管理总局的热线投诉。",
    citations: [{ source: "service-12378" }],
  },
  {
    id: "report-12321",
    name: "网络不良与垃圾信息举报受理中心",
    reach: "网站 www.12321.cn、12321 App，或微信公众号「12321举报中心」（电话010-12321主要用于咨询）",
    when: "骚扰电话、垃圾短信，或您的个人信息被泄露、被乱用时举报。",
    citations: [{ source: "service-12321" }],
  },
  {
    id: "police-110",
    name: "报警",
    reach: "110",
    when: "有人威胁您的人身安全、使用暴力，或强行上门时。",
    citations: [{ source: "service-110-96110" }],
  },
  {
    id: "anti-fraud-96110",
    name: "反诈预警劝阻专线",
    reach: "96110",
    when: "对方自称客服或公检法，要您转账、收费办「减免」「修复征信」，拿不准真假时。",
    citations: [{ source: "service-110-96110" }],
  },
];

/** The collection rules the page lists for contacts, in the order shown. */
export const contactRuleIds: string[] = [
  "third-parties-only-when-unreachable",
  "collect-from-borrower-only",
  "no-debt-disclosure",
  "stop-when-refused",
  "quiet-hours",
  "no-harassment",
  "no-personal-accounts",
  "home-visit-rules",
  "address-book-not-needed",
];

/** Advice from content/advice.ts shown under the complaint channels. */
export const contactWarningAdviceId = "beware-of-scams";
