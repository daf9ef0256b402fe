/**
 * Complaints built from a 来电记录, in the order to use them: the lender's own channel
 * first, then 12378. Every `{{…}}` is filled from the log (lib/call-log/complaint.ts),
 * so no figure in them is typed or invented. Same shape as the other letters
 * (content/templates/), blocks resting on a dated source drop out when it is not in force.
 */
import type { LetterTemplate } from "@/lib/plan/template-types";

export const lenderCallLogComplaint: LetterTemplate = {
  id: "call-log-lender",
  title: "第一步：向平台投诉（支付宝「我的客服」或95188）",
  purpose: "先向平台本身反映。在支付宝 App 里打开「我的客服」，或拨打95188，说明要投诉催收方式，把下面的内容发过去或照着说。",
  fileName: "来电记录-向平台投诉.txt",
  requiresInForce: [],
  blocks: [
    { text: "我要投诉催收方式（逾期明白来电记录整理）" },
    { text: "记录时间：{{period}}\n共记下{{contacts}}次联系，分布在{{days}}天；其中{{entriesWithFinding}}条记录可能不符合催收规则。" },
    { text: "可能不符合的规则：\n{{ruleLines}}" },
    { text: "具体记录（日期、时间、方式、号码）：\n{{entryLines}}" },
    {
      text: "我的请求：\n一、按规定的时间和次数联系，不再在晚上22点到早上8点之间联系；\n二、不再联系与借款无关的人，不向他人透露我的欠款；\n三、对以上情况给出书面答复。\n我不否认欠款，愿意通过官方渠道协商。",
    },
  ],
  citations: [{ source: "service-alipay-customer-service" }],
};

export const regulatorCallLogComplaint: LetterTemplate = {
  id: "call-log-12378",
  title: "第二步：平台没有处理，拨打12378",
  purpose: "向平台投诉后没有结果，再拨打12378金融消费者投诉热线。先说明已经向平台投诉过、什么时候，再说下面的情况。您可以自己投诉，不需要找人代办。",
  fileName: "来电记录-12378投诉内容.txt",
  requiresInForce: [],
  blocks: [
    { text: "向12378金融消费者投诉热线反映的催收情况" },
    { text: "被投诉机构：借款合同或账单上写的放贷机构（例如重庆蚂蚁消费金融有限公司）\n日期：{{today}}" },
    { text: "情况：{{period}}，共记下{{contacts}}次联系，分布在{{days}}天；其中{{entriesWithFinding}}条记录、{{daysWithFinding}}天可能不符合催收规则：\n{{ruleLines}}" },
    { text: "我已先向平台反映，平台没有处理（请说明何时、通过什么渠道反映的）。" },
    { text: "可以提供：来电记录表（CSV，由逾期明白导出）、手机通话记录截图、短信和聊天截图、录音（如有）。" },
    { text: "我的诉求：请督促该机构按规定催收，停止联系与借款无关的人，并对我的投诉作出答复。" },
  ],
  citations: [{ source: "service-12378" }],
};

export const callLogComplaints = [lenderCallLogComplaint, regulatorCallLogComplaint];
