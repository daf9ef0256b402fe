/**
 * Every source the product cites. Validated by `sourceSchema` at build and test time.
 * Third-party articles come from shared/seeds (titles and dates as the pages give them;
 * the pages carry no address). Laws come from shared/laws; secondary facts from
 * shared/DOMAIN-FACTS.md, with its trust labels kept.
 */
import type { Source } from "@/lib/content/schema";

export const sources: Source[] = [
  // ── The five third-party articles the product grew from ──────────────────
  {
    id: "article-when-contacts-2025",
    title: "蚂蚁借呗逾期多久会联系紧急联系人",
    publisher: "网贷资讯网站（页面栏目为「债务优化」）",
    author: "小花",
    date: "2025-02-07",
    language: "zh-Hans",
    kind: "article",
    trust: "third-party-article",
    summary:
      "把借呗逾期分成三段：前两周以短信、电话提醒本人；第15到30天开始联系紧急联系人；一个月以后借款人和联系人可能接到更多催收电话，甚至可能有外包催收公司介入。标题处给出的总体说法是「一般30天左右」。",
    weightNote:
      "第三方网站的文章，没有引用平台条款或规定，天数是作者的概括。网站设有「债务优化」栏目，这类栏目常与付费中介有关，阅读时应保持警惕。",
  },
  {
    id: "article-how-contacts-2024",
    title: "支付宝借呗逾期后会如何联系紧急联系人？（副题：怎么处理）",
    publisher: "网贷资讯网站「平台逾期」栏目",
    date: "2024-08-11",
    dateNote: "正文未署日期；页面的评论和相关资讯均标注为2024-08-11。",
    language: "zh-Hans",
    kind: "article",
    trust: "third-party-article",
    summary:
      "称借呗、花呗有约14天的宽限期，超过后才会联系紧急联系人，方式是电话和短信；页面下的读者评论另有说法，认为要到逾期约3个月才会联系紧急联系人或家人，并提到最终可能转给第三方催收。",
    weightNote:
      "第三方文章，把放贷方称作「银行」，与借呗、花呗实际由消费金融公司放贷不符；所谓宽限期没有平台条款佐证。和000一样，它出自网贷逾期类资讯网站，这类网站常推销收费的「协商」「债务优化」服务（本页的相关资讯里就有「专家协商」的推广）；页面下的读者评论无法核实，只是个人说法。",
  },
  {
    id: "article-overdue-process-2025",
    title: "蚂蚁借呗逾期流程分析",
    publisher: "「逾期平台」行业资讯栏目",
    author: "师严道尊",
    date: "2025-01-15",
    language: "zh-Hans",
    kind: "article",
    trust: "third-party-article",
    summary:
      "按天数分三段：1到30天以系统提醒和短信为主；31到60天手段升级，可能出现律师函；60天以上可能上门、起诉。评论补充说上门极少见，通常只针对金额大、时间长的逾期。",
    weightNote:
      "第三方文章，分段清楚但没有给出依据；部分文字在转载时缺失，个别句子含义不完整。和000一样，它出自网贷逾期类资讯网站，这类网站常推销收费的「债务优化」服务；页面下署名「律师」「法律顾问」的评论无法核实身份，也无法核实内容。",
  },
  {
    id: "article-seven-days",
    title: "借呗逾期7天会打联系人吗",
    publisher: "网络文章（转载页面，未注明网站）",
    date: null,
    dateNote: "原文未注明日期和作者。",
    language: "zh-Hans",
    kind: "article",
    trust: "third-party-article",
    summary:
      "描述的节奏最快：第1到3天短信提醒，第4到7天增加电话，约第7天有可能联系联系人。它也最详细地讲了影响因素：以往还款记录、逾期金额、是否主动沟通、预留联系人是否准确。",
    weightNote: "第三方文章，没有日期和作者，天数和因素都是作者的经验概括，没有平台条款支持。",
  },
  {
    id: "article-who-is-contacted",
    title: "支付寶逾期會聯繫哪些人",
    publisher: "「逾期頻道」網站「催收科普」欄目",
    date: null,
    dateNote: "页面未注明日期。",
    language: "zh-Hant",
    kind: "article",
    trust: "third-party-article",
    summary:
      "列出可能被联系的人：借款人本人、共同借款人、紧急联系人、家人（不常见，多在金额大或时间长时），以及在本人失联时的朋友或同事。先是系统自动提醒，之后转人工催收。",
    weightNote:
      "第三方文章，以繁体发布，没有给出任何天数；所列对象顺序可作参考，但无平台条款佐证。和000一样，它出自网贷逾期类资讯网站（「催收科普」栏目），这类网站常推销收费的「债务优化」服务，内容无法核实。",
  },

  // ── Laws and court rules (official texts in shared/laws) ──────────────────
  {
    id: "law-civil-code-contracts",
    title: "中华人民共和国民法典 · 第三编 合同",
    publisher: "全国人民代表大会",
    date: "2020-05-28",
    language: "zh-Hans",
    kind: "law",
    trust: "official-text",
    effectiveFrom: "2021-01-01",
    summary:
      "合同只约束签订它的各方（第四百六十五条）；表示愿意加入债务的人，要在承诺范围内和债务人一起承担（第五百五十二条）；逾期利息按约定或国家规定支付（第六百七十六条）；保证要有保证合同或书面承诺（第六百八十一、六百八十五条）。",
    weightNote: "正式法律文本，效力最高；条文如何适用到个案，由法院认定。",
  },
  {
    id: "law-civil-code-personality",
    title: "中华人民共和国民法典 · 第四编 人格权",
    publisher: "全国人民代表大会",
    date: "2020-05-28",
    language: "zh-Hans",
    kind: "law",
    trust: "official-text",
    effectiveFrom: "2021-01-01",
    summary:
      "除法律另有规定或本人明确同意外，不得用电话、短信、即时通讯工具等侵扰他人的私人生活安宁（第一千零三十三条）；信息处理者不得泄露、篡改个人信息，未经本人同意不得向他人非法提供（第一千零三十八条），合理使用的例外见第一千零三十六条。",
    weightNote: "正式法律文本。",
  },
  {
    id: "law-pipl",
    title: "中华人民共和国个人信息保护法",
    publisher: "全国人民代表大会常务委员会",
    date: "2021-08-20",
    language: "zh-Hans",
    kind: "law",
    trust: "official-text",
    effectiveFrom: "2021-11-01",
    summary:
      "处理个人信息要合法、必要、目的明确（第五、六条）；除取得同意外，为履行合同所必需等情形也可以处理（第十三条）；同意须在充分知情下自愿作出（第十四条）；委托他人处理，要约定范围并监督受托方（第二十一条）；向其他独立的处理者提供，要告知本人并取得单独同意（第二十三条）；个人有权限制或拒绝处理（第四十四条），在法定情形下可以要求删除（第四十七条）；处理者拒绝个人的请求，个人可以起诉（第五十条）。",
    weightNote: "正式法律文本。",
  },
  {
    id: "reg-credit-reporting",
    title: "征信业管理条例",
    publisher: "国务院",
    date: "2013-01-21",
    language: "zh-Hans",
    kind: "regulation",
    trust: "official-text",
    effectiveFrom: "2013-03-15",
    summary:
      "报送不良信息前应当告知本人（第十五条）；不良信息自不良行为或事件终止之日起保存5年，期满删除（第十六条）；每人每年可免费查询两次本人信用报告（第十七条）；对异议的处理结果应在20日内答复（第二十五条）。",
    weightNote: "正式行政法规文本。",
  },
  {
    id: "court-private-lending-2020",
    title: "最高人民法院关于审理民间借贷案件适用法律若干问题的规定（2020年第二次修正）",
    publisher: "最高人民法院",
    date: "2020-12-29",
    dateNote: "公布日期（审判委员会2020年12月23日通过）；自2021年1月1日起施行，这一日期本站的文本没有写明，来自二手资料。",
    language: "zh-Hans",
    kind: "court-rule",
    trust: "official-text",
    effectiveFrom: "2021-01-01",
    summary:
      "第一条第二款写明，经金融监管部门批准设立的从事贷款业务的金融机构，因发放贷款等相关金融业务引发的纠纷，不适用本规定。借呗、花呗由持牌消费金融公司放贷，因此其中民间借贷的4倍LPR利率上限不适用于它们。",
    weightNote: "正式司法解释文本。",
  },
  {
    id: "court-financial-trial-2017",
    title: "最高人民法院关于进一步加强金融审判工作的若干意见（法发〔2017〕22号）",
    publisher: "最高人民法院",
    date: "2017-08-04",
    language: "zh-Hans",
    kind: "court-rule",
    trust: "secondary",
    effectiveFrom: "2017-08-04",
    summary:
      "据二手资料，法院对金融借款的利息、复利、罚息和其他费用合计，参照年利率24%为上限进行审查。",
    weightNote: "本项目未读到原文，来自二手转述；具体案件以法院判决为准。",
  },
  {
    id: "law-public-security-penalties-2012",
    title: "中华人民共和国治安管理处罚法（2012年修正）",
    publisher: "全国人民代表大会常务委员会",
    date: "2012-10-26",
    dateNote: "修正通过日期。本法自2006年3月1日起施行（第一百一十九条）；这次修正自2013年1月1日起施行，这一日期本站的文本没有写明，来自二手资料。",
    language: "zh-Hans",
    kind: "law",
    trust: "official-text",
    effectiveFrom: "2013-01-01",
    effectiveUntil: "2025-12-31",
    summary: "第四十二条第（五）项：多次发送侮辱、恐吓等信息，干扰他人正常生活的，可以处罚。",
    weightNote: "正式法律文本，但已被2025年修订版取代（2026年1月1日起施行，条文编号有变化）。",
  },
  {
    id: "law-public-security-penalties-2025",
    title: "中华人民共和国治安管理处罚法（2025年修订）",
    publisher: "全国人民代表大会常务委员会",
    date: "2025-06-27",
    dateNote: "修订通过日期来自二手资料；本项目只有2012年文本。",
    language: "zh-Hans",
    kind: "law",
    trust: "secondary",
    effectiveFrom: "2026-01-01",
    summary:
      "据二手资料，修订后的法律自2026年1月1日起施行，继续处罚以威胁、侮辱等信息干扰他人正常生活的行为。本站没有收录修订后的全文，所以不列它的条号。",
    weightNote: "法律本身有效；本站没有修订后的全文，只引用名称，不引用条号，内容来自二手资料。",
  },

  // ── Collection rules and standards (secondary summaries) ──────────────────
  {
    id: "std-gbt-45251-2025",
    title: "GB/T 45251—2025《互联网金融 个人网络消费信贷 贷后催收风控指引》",
    publisher: "国家市场监督管理总局、国家标准化管理委员会",
    date: "2025-02-28",
    dateNote: "标准封面上的发布日期和实施日期都是2025年2月28日。",
    language: "zh-Hans",
    kind: "national-standard",
    trust: "secondary",
    effectiveFrom: "2025-02-28",
    summary:
      "据公开摘要：每天与同一债务人接通的催收电话不超过3次（放贷机构和委托的催收机构合并计算）；除非另有约定，晚上22点到早上8点不催收；只向债务人本人催收，不向联系人催收。",
    weightNote: "标准的存在已核实，具体内容来自二手摘要；它是推荐性国家标准，执行情况因机构而异。",
  },
  {
    id: "guideline-cba-collection-2026",
    title: "中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》",
    publisher: "中国银行业协会",
    date: "2026-01-30",
    dateNote: "发布日期（共7章54条）。没有来源说明它从哪天起适用，本站从发布日期起列出它的要求。",
    language: "zh-Hans",
    kind: "industry-guideline",
    trust: "secondary",
    effectiveFrom: "2026-01-30",
    summary:
      "据新闻摘要：未经同意，22点到次日8点不打电话、不上门；每天对同一号码未接通的拨打不超过6次；禁止冒充公检法、散布隐私、威胁辱骂、编造后果、额外收费、诱导借新还旧、公开张贴；禁止向无关第三人催收。只有在债务人失联（例如连续3次或连续3天联系不上）时，才可联系第三人，且只能询问联系方式或请其转告，不得透露债务，对方拒绝就要停止。上门须至少两人，未经同意不得进门。",
    weightNote:
      "行业自律指引，不是法律；内容来自新闻摘要，本站没有读到原文。是否约束蚂蚁消费金融公司尚未核实，所以本站的说法是「行业指引要求」。",
  },
  {
    id: "guideline-nifa-collection-2024",
    title: "中国互联网金融协会《互联网金融贷后催收业务指引》",
    publisher: "中国互联网金融协会",
    date: "2024-05-15",
    dateNote: "日期来自二手资料；没有来源说明它从哪天起适用，本站从这一天起列出它的要求。",
    language: "zh-Hans",
    kind: "industry-guideline",
    trust: "secondary",
    effectiveFrom: "2024-05-15",
    summary: "据二手资料，适用范围包括消费金融公司，要求放贷机构在合同中突出提示催收相关条款。",
    weightNote: "行业自律指引，不是法律；内容来自二手资料，本站没有读到原文。",
  },
  {
    id: "reg-app-necessary-info-2021",
    title: "常见类型移动互联网应用程序必要个人信息范围规定",
    publisher: "国家互联网信息办公室等四部门",
    date: "2021-03-12",
    language: "zh-Hans",
    kind: "regulation",
    trust: "secondary",
    effectiveFrom: "2021-05-01",
    summary: "据二手资料，借贷类应用的必要个人信息不包括手机通讯录。",
    weightNote: "规定本身为官方文件，本项目依据的是二手转述。",
  },

  // ── Who the lender is, and how 花呗 reports credit (news) ─────────────────
  {
    id: "news-ant-consumer-finance-2021",
    title: "蚂蚁消费金融公司开业，花呗、借呗品牌归入其中（新闻报道）",
    publisher: "China Banking News；Nasdaq 转载报道",
    date: "2021-06-04",
    language: "en",
    kind: "news",
    trust: "secondary",
    summary:
      "借呗、花呗是重庆蚂蚁消费金融有限公司的品牌，这家持牌消费金融公司2021年经重庆银保监局批准开业。支付宝里由银行全额出资的额度，会以「信用购」「信用贷」加银行名称显示，欠款对象是那家银行。",
    weightNote: "新闻报道，可信度中等；以您账单或合同上写明的放贷机构为准。",
  },
  {
    id: "news-huabei-credit-report-2021",
    title: "花呗全面接入央行征信（新闻报道）",
    publisher: "北京商报；上海证券报",
    date: "2021-09-23",
    language: "zh-Hans",
    kind: "news",
    trust: "secondary",
    summary:
      "花呗在用户授权下向人民银行征信系统报送信息，包括违约信息，按月汇总报送；报送机构是消费金融公司或出资银行。",
    weightNote: "新闻报道，多家媒体说法一致；具体何时报送逾期，平台没有公开天数。",
  },

  // ── Official channels ─────────────────────────────────────────────────────
  {
    id: "service-alipay-customer-service",
    title: "支付宝官方客服：App 内「我的客服」，电话 95188",
    publisher: "支付宝",
    date: null,
    dateNote: "客服渠道信息，多个独立页面说法一致。",
    language: "zh-Hans",
    kind: "public-service",
    trust: "secondary",
    summary:
      "协商还款应通过支付宝 App 内的「我的客服」或官方电话95188。自称客服、收费办理减免、要求转到私聊的，是已知的诈骗手法。",
    weightNote: "渠道信息来自多个公开页面，未见官方条款原文；请在支付宝 App 内核对。",
  },
  {
    id: "service-12378",
    title: "12378 金融消费者投诉热线",
    publisher: "国家金融监督管理总局",
    date: null,
    dateNote: "热线号码在多处来源一致；服务时间各来源说法不同。",
    language: "zh-Hans",
    kind: "public-service",
    trust: "secondary",
    summary: "金融监管部门的消费者投诉热线，受理对银行、消费金融公司的投诉，包括不当催收；一般要求先向机构本身投诉。",
    weightNote: "号码各来源一致；受理流程以热线说明为准。",
  },
  {
    id: "service-12321",
    title: "12321 网络不良与垃圾信息举报受理中心",
    publisher: "中国互联网协会（受工业和信息化部委托）",
    date: null,
    language: "zh-Hans",
    kind: "public-service",
    trust: "secondary",
    url: "https://www.12321.cn/",
    summary:
      "受理骚扰电话、垃圾短信和个人信息泄露的举报。举报要通过网站 www.12321.cn、它的 App 或微信公众号「12321举报中心」提交；电话010-12321主要用于咨询。",
    weightNote: "渠道信息来自二手资料；以网站上的说明为准。",
  },
  {
    id: "service-110-96110",
    title: "110 报警电话与 96110 反诈预警劝阻专线",
    publisher: "公安机关",
    date: null,
    language: "zh-Hans",
    kind: "public-service",
    trust: "secondary",
    summary: "遇到威胁、暴力或有人强行上门，拨打110；遇到自称客服收费「减免」「修复征信」的可疑来电，可咨询96110。",
    weightNote: "110为通用报警电话；96110的用途来自二手资料。",
  },
  {
    id: "service-pbccrc",
    title: "中国人民银行征信中心",
    publisher: "中国人民银行征信中心",
    date: null,
    language: "zh-Hans",
    kind: "public-service",
    trust: "secondary",
    url: "https://www.pbccrc.org.cn/",
    summary: "可在官方渠道免费查询本人信用报告（每年两次），对记录有异议可以提出。",
    weightNote: "官方机构；查询入口以官网说明为准。",
  },
];
