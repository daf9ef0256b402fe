/**
 * A written request to the lender: deal with me only, stop contacting third parties,
 * delete a contact's number. Rests on 个人信息保护法 第四十四、四十七、五十条.
 */
import type { LetterTemplate } from "@/lib/schema/templates";

export const stopContactRequest: LetterTemplate = {
  id: "stop-contact-request",
  title: "请平台停止联系他人、删除联系人号码的书面请求",
  purpose:
    "通过支付宝「我的客服」在线留言发送，或打印后寄给放贷机构，自己留一份。号码的主人是联系人本人：由联系人自己提出删除，依据最直接；发信前不妨先问问对方，这封信也可以请对方署名后自己发送。",
  fileName: "停止联系他人的请求.txt",
  requiresInForce: ["law-pipl"],
  blocks: [
    { text: "关于停止联系第三人、删除联系人信息的请求" },
    { text: "致：{{lenderName}}（{{productName}}）\n申请人：{{borrowerName}}（账户绑定手机尾号{{phoneTail}}）\n日期：{{today}}" },
    {
      text: "我是{{productName}}的用户，账单{{dueDate}}到期，目前逾期{{daysOverdue}}天。还款的事我会通过官方渠道和贵公司沟通，请直接联系我本人。",
    },
    {
      text: "我请求：\n一、就我的借款，停止联系我本人以外的任何人，包括我填写的紧急联系人、我的家人、朋友和同事。\n二、删除我填写的联系人号码{{contactPhone}}（{{contactName}}），不再处理这个号码。\n三、处理完后告诉我结果；如果不同意，请说明理由。",
    },
    {
      text: "依据：\n《中华人民共和国个人信息保护法》第四十四条规定，个人对其个人信息的处理享有知情权、决定权，有权限制或者拒绝他人对其个人信息进行处理。\n第四十七条规定，处理目的已经实现或者不再必要、个人撤回同意、处理者违反法律或者约定处理个人信息等情形下，处理者应当主动删除；没有删除的，个人有权请求删除。\n第五十条规定，个人信息处理者应当建立便捷的申请受理和处理机制，拒绝个人请求的，应当说明理由。",
    },
    {
      text: "另据公开报道，中国银行业协会的《金融机构个人消费类贷款催收工作指引（试行）》也要求：不向与借款无关的第三人催收，第三人明确拒绝的应当停止联系。",
      onlyIfInForce: "guideline-cba-collection-2026",
    },
    { text: "申请人：{{borrowerName}}\n{{today}}" },
  ],
  citations: [
    { source: "law-pipl", where: "第四十四条、第四十七条、第五十条" },
    { source: "guideline-cba-collection-2026", where: "第三人联系规则（新闻摘要）" },
    { source: "news-ant-consumer-finance-2021" },
  ],
};
