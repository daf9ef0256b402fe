/**
 * The parts of the collection rules a 来电记录 can be checked against: limits, hours and
 * which checkbox points to which rule. The words and the dates stay where they are:
 * each entry names the collection rule (content/collection-rules.ts) whose text states
 * it, and cites the same sources (content/sources.ts), whose effective dates decide
 * on which days it applies. A content test checks every number here against that text.
 */
import type { CallLogRule } from "@/lib/schema/content";

const CBA_THIRD_PARTY = { source: "guideline-cba-collection-2026", where: "第三人联系规则（新闻摘要）" };
const CBA_BANNED = { source: "guideline-cba-collection-2026", where: "禁止行为（新闻摘要）" };

export const callLogRules: CallLogRule[] = [
  {
    id: "quiet-hours",
    collectionRule: "quiet-hours",
    label: "晚上22点到早上8点不应催收",
    check: { kind: "quiet-hours", fromHour: 22, untilHour: 8, channels: ["call-answered", "call-missed", "visit"] },
    citations: [
      { source: "std-gbt-45251-2025", where: "催收时间（二手摘要）" },
      { source: "guideline-cba-collection-2026", where: "催收时间（新闻摘要）" },
    ],
  },
  {
    id: "connected-calls-per-day",
    collectionRule: "call-limits",
    label: "每天与借款人接通的催收电话不超过3次",
    check: { kind: "daily-limit", max: 3, channels: ["call-answered"], to: "debtor" },
    citations: [{ source: "std-gbt-45251-2025", where: "催收频率（二手摘要）" }],
  },
  {
    id: "unanswered-calls-per-day",
    collectionRule: "call-limits",
    label: "每天对同一个号码未接通的拨打不超过6次",
    check: { kind: "daily-limit", max: 6, channels: ["call-missed"], to: "each-number" },
    citations: [{ source: "guideline-cba-collection-2026", where: "催收频率（新闻摘要）" }],
  },
  {
    id: "third-party-while-reachable",
    collectionRule: "third-parties-only-when-unreachable",
    label: "借款人联系得上时，不应联系第三人",
    check: { kind: "third-party-while-reachable", withinDays: 3, unreachableAttempts: 3 },
    citations: [CBA_THIRD_PARTY],
  },
  {
    id: "third-party-after-answer",
    collectionRule: "third-parties-only-when-unreachable",
    label: "借款人接了电话，不应再联系第三人",
    check: { kind: "flag", flags: ["contacted-others-after-answer"], to: "anyone" },
    citations: [CBA_THIRD_PARTY],
  },
  {
    id: "no-debt-disclosure",
    collectionRule: "no-debt-disclosure",
    label: "不得向第三人透露欠款",
    check: { kind: "flag", flags: ["disclosed-debt"], to: "anyone" },
    citations: [CBA_THIRD_PARTY, { source: "law-civil-code-personality", where: "第一千零三十八条" }],
  },
  {
    id: "collect-from-borrower-only",
    collectionRule: "collect-from-borrower-only",
    label: "只能向借款人本人催收",
    check: { kind: "flag", flags: ["asked-others-to-pay"], to: "anyone" },
    citations: [{ source: "std-gbt-45251-2025", where: "催收对象（二手摘要）" }, CBA_THIRD_PARTY],
  },
  {
    id: "stop-when-refused",
    collectionRule: "stop-when-refused",
    label: "对方拒绝后应停止联系",
    // The rule speaks of third parties; the borrower's own refusal is another matter (DOMAIN-FACTS).
    check: { kind: "flag", flags: ["continued-after-stop"], to: "third-party" },
    citations: [CBA_THIRD_PARTY, { source: "law-pipl", where: "第四十四条、第四十七条" }],
  },
  {
    id: "no-threats-or-insults",
    collectionRule: "no-harassment",
    label: "不得威胁、辱骂",
    check: { kind: "flag", flags: ["threatened", "insulted"], to: "anyone" },
    police: true,
    citations: [
      CBA_BANNED,
      { source: "law-civil-code-personality", where: "第一千零三十三条" },
      { source: "law-public-security-penalties-2012", where: "第四十二条第（一）项、第（五）项（2012年文本）" },
      { source: "law-public-security-penalties-2025", where: "本站没有收录修订后的全文，因此不列条号" },
    ],
  },
  {
    id: "no-impersonation",
    collectionRule: "no-harassment",
    label: "不得冒充法院、公安等国家机关",
    check: { kind: "flag", flags: ["impersonated-authority"], to: "anyone" },
    police: true,
    citations: [
      CBA_BANNED,
      { source: "law-criminal-code", where: "第二百七十九条（冒充国家机关工作人员招摇撞骗）" },
      { source: "law-public-security-penalties-2012", where: "第五十一条（2012年文本）" },
      { source: "law-public-security-penalties-2025", where: "本站没有收录修订后的全文，因此不列条号" },
    ],
  },
  {
    id: "visit-two-people",
    collectionRule: "home-visit-rules",
    label: "上门催收至少2人",
    check: { kind: "visit-people", minPeople: 2 },
    police: true,
    citations: [{ source: "guideline-cba-collection-2026", where: "上门催收（新闻摘要）" }],
  },
  {
    id: "no-extra-fees",
    collectionRule: "no-harassment",
    label: "不得额外收费",
    check: { kind: "flag", flags: ["asked-fees"], to: "anyone" },
    citations: [CBA_BANNED],
  },
  {
    id: "no-borrow-to-repay",
    collectionRule: "no-harassment",
    label: "不得诱导借新还旧",
    check: { kind: "flag", flags: ["borrow-to-repay"], to: "anyone" },
    citations: [CBA_BANNED],
  },
];
