/** A call outline for asking the lender's own customer service for a repayment arrangement. */
import type { LetterTemplate } from "@/lib/schema/templates";

export const callScript: LetterTemplate = {
  id: "call-script",
  title: "给官方客服的协商电话提纲",
  purpose:
    "打给支付宝「我的客服」或95188时照着说。这是提出请求：分期或延期，平台可以同意，也可以不同意；说清楚您能做到的，比许诺做不到的更有用。",
  fileName: "协商电话提纲.txt",
  requiresInForce: [],
  blocks: [
    { text: "协商还款电话提纲（{{productName}}）\n打给：支付宝 App 里的「我的客服」，或官方电话 95188。不要打别人发来的其他号码。" },
    {
      text: "一、先说明身份和情况\n「您好，我是{{productName}}的用户{{borrowerName}}，绑定手机尾号{{phoneTail}}。我的账单{{dueDate}}到期，到今天逾期{{daysOverdue}}天，欠款大约{{amount}}。我想主动把这件事处理好。」",
    },
    { text: "二、一句话讲原因\n「逾期是因为{{reason}}。」" },
    {
      text: "三、提出您做得到的方案（这是请求）\n「我能在{{proposedDate}}前先还{{proposedAmount}}。想请您帮我看看，能不能申请分期还款或者延后还款？如果可以，需要我准备什么？」",
    },
    {
      text: "四、把细节问清楚\n· 「按这个方案，逾期的费用会怎么算？」\n· 「方案能不能在 App 里或短信里发给我一份？」\n· 「请问您的工号？这次通话有没有服务单号？」",
    },
    { text: "五、挂电话前复述一遍\n「我再确认一下：我会在什么时间还多少，你们那边会怎么处理。谢谢您。」" },
    { text: "通话后记下：时间、客服工号或单号、对方答应了什么。" },
  ],
  citations: [
    { source: "service-alipay-customer-service" },
    { source: "news-ant-consumer-finance-2021" },
  ],
};
