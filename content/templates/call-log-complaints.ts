/**
 * Complaints built from a 来电记录, in the order to use them: the lender's own channel
 * first, then 12378. Every `{{…}}` is filled from the log (lib/call-log/complaint.ts),
 * so no figure in them is typed or invented. Same shape as the other letters
 * (content/templates/), blocks resting on a dated source drop out when it is not in force.
 *
 * Each role speaks in its own voice. The borrower's letters do not deny the debt. A third
 * party's (an emergency contact, a relative, a colleague) say they are not the borrower
 * and owe nothing, ask to stop being contacted and to have their number deleted, and
 * never contain a word a lender could read as taking the debt on (民法典 第五百五十二条:
 * a third party who tells the creditor they are willing to join a debt can be held to it).
 * Limits are never restated here: a request names only the rules the log's findings list.
 */
import type { LetterTemplate } from "@/lib/schema/templates";

const LENDER_TITLE = "第一步：向平台投诉（支付宝「我的客服」或95188）";
const REGULATOR_TITLE = "第二步：平台没有处理，拨打12378";

export const lenderCallLogComplaint: LetterTemplate = {
  id: "call-log-lender",
  title: LENDER_TITLE,
  purpose: "先向平台本身反映。在支付宝 App 里打开「我的客服」，或拨打95188，说明要投诉催收方式，把下面的内容发过去或照着说。",
  fileName: "来电记录-向平台投诉.txt",
  requiresInForce: [],
  blocks: [
    { text: "我要投诉催收方式（逾期明白来电记录整理）" },
    { text: "记录时间：{{period}}\n共记下{{contacts}}次联系，分布在{{days}}天；其中{{entriesWithFinding}}条记录可能不符合催收规则。" },
    { text: "可能不符合的规则：\n{{ruleLines}}" },
    { text: "具体记录（日期、时间、方式、号码）：\n{{entryLines}}" },
    {
      text: "我的请求：\n一、停止上面列出的做法，按规定的时间和次数联系；\n二、不再联系与借款无关的人，不向他人透露我的借款情况；\n三、对以上情况给出书面答复。\n还款的事，我愿意通过官方渠道沟通。",
    },
  ],
  citations: [{ source: "service-alipay-customer-service" }],
};

export const regulatorCallLogComplaint: LetterTemplate = {
  id: "call-log-12378",
  title: REGULATOR_TITLE,
  purpose: "向平台投诉后没有结果，再拨打12378金融消费者投诉热线。先说明已经向平台投诉过、什么时候，再说下面的情况。您可以自己投诉，不需要找人代办。",
  fileName: "来电记录-12378投诉内容.txt",
  requiresInForce: [],
  blocks: [
    { text: "向12378金融消费者投诉热线反映的催收情况" },
    { text: "被投诉机构：借款合同或账单上写的放贷机构（例如重庆蚂蚁消费金融有限公司）\n日期：{{today}}" },
    { text: "情况：{{period}}，共记下{{contacts}}次联系，分布在{{days}}天；其中{{entriesWithFinding}}条记录、{{daysWithFinding}}天可能不符合催收规则：\n{{ruleLines}}" },
    { text: "{{earlierComplaint}}" },
    { text: "可以提供：来电记录表（CSV，由逾期明白导出）、手机通话记录截图、短信和聊天截图、录音（如有）。" },
    { text: "我的诉求：请督促该机构按规定催收，停止联系与借款无关的人，并对我的投诉作出答复。" },
  ],
  citations: [{ source: "service-12378" }],
};

/** What a third party states about themselves: the same words in both letters. */
const NOT_THE_BORROWER =
  "我不是这笔借款的借款人，没有为它签过担保合同，也没有作过任何承诺，不欠这笔钱，也不同意承担它。借款人在借款时填写了我的号码，不等于我同意你们用它来催收。";
const STOP_AND_DELETE =
  "一、停止以任何方式联系我：我拒绝你们为催收处理我的个人信息（《个人信息保护法》第四十四条）；\n二、删除你们保存的我的手机号码和其他个人信息（《个人信息保护法》第四十七条）；";

export const lenderCallLogComplaintForThirdParty: LetterTemplate = {
  id: "call-log-lender-third-party",
  title: LENDER_TITLE,
  purpose:
    "拨打95188或在支付宝「我的客服」里说明：您是被催收联系的人，不是借款人，要投诉催收方式。把下面的内容发过去或照着说。不要答应替借款人还钱：按《民法典》第五百五十二条，向债权人表示愿意加入债务，可能要在愿意承担的范围内和借款人一起还。",
  fileName: "来电记录-向平台投诉.txt",
  requiresInForce: [],
  blocks: [
    { text: "我要投诉催收方式：我不是借款人，却被催收方联系（逾期明白来电记录整理）" },
    { text: NOT_THE_BORROWER },
    { text: "发生了什么：{{period}}，我记下了{{contacts}}次催收联系，分布在{{days}}天；其中{{entriesWithFinding}}条记录可能不符合催收规则。" },
    { text: "可能不符合的规则：\n{{ruleLines}}" },
    { text: "具体记录（日期、时间、方式、号码）：\n{{entryLines}}" },
    { text: `我的请求：\n${STOP_AND_DELETE}\n三、不要再向我说起他人的借款，也不要让我转告或代为还款；\n四、对以上情况给出书面答复。` },
  ],
  citations: [
    { source: "service-alipay-customer-service" },
    { source: "law-civil-code-contracts", where: "第四百六十五条、第五百五十二条" },
    { source: "law-pipl", where: "第四十四条、第四十七条" },
  ],
};

export const regulatorCallLogComplaintForThirdParty: LetterTemplate = {
  id: "call-log-12378-third-party",
  title: REGULATOR_TITLE,
  purpose: "向平台投诉后没有结果，再拨打12378金融消费者投诉热线。说明您不是借款人、已经向平台投诉过、什么时候，再说下面的情况。您可以自己投诉，不需要找人代办。",
  fileName: "来电记录-12378投诉内容.txt",
  requiresInForce: [],
  blocks: [
    { text: "向12378金融消费者投诉热线反映：我不是借款人，却被催收方联系" },
    { text: "被投诉机构：催收我所说的这笔借款的放贷机构（例如重庆蚂蚁消费金融有限公司）\n日期：{{today}}" },
    { text: NOT_THE_BORROWER },
    { text: "情况：{{period}}，我记下了{{contacts}}次催收联系，分布在{{days}}天；其中{{entriesWithFinding}}条记录、{{daysWithFinding}}天可能不符合催收规则：\n{{ruleLines}}" },
    { text: "{{earlierComplaint}}" },
    { text: "可以提供：来电记录表（CSV，由逾期明白导出）、手机通话记录截图、短信和聊天截图、录音（如有）。" },
    { text: "我的诉求：请督促该机构停止联系我，删除我的手机号码和其他个人信息，并对我的投诉作出答复。" },
  ],
  citations: [{ source: "service-12378" }, { source: "law-pipl", where: "第四十四条、第四十七条" }],
};

/** The letters for each person keeping the log, in the order to use them. */
export const callLogComplaints = {
  borrower: [lenderCallLogComplaint, regulatorCallLogComplaint],
  contact: [lenderCallLogComplaintForThirdParty, regulatorCallLogComplaintForThirdParty],
};
