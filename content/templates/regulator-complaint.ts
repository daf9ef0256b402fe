/** What to tell the 12378 hotline after the lender did not act on the written request. */
import type { LetterTemplate } from "@/lib/schema/templates";

export const regulatorComplaint: LetterTemplate = {
  id: "regulator-complaint",
  title: "平台没有处理时，向12378反映的内容",
  purpose:
    "先向平台本身提出（上面的书面请求），平台没有处理，再拨打12378金融消费者投诉热线，照着说或按热线的要求提交。您可以自己投诉，不需要找人代办。",
  fileName: "12378投诉内容.txt",
  requiresInForce: ["law-pipl"],
  blocks: [
    { text: "向12378金融消费者投诉热线反映的情况" },
    {
      text: "投诉人：{{borrowerName}}（账户绑定手机尾号{{phoneTail}}）\n被投诉机构：{{lenderName}}（{{productName}}）\n日期：{{today}}",
    },
    {
      text: "情况：\n我在{{productName}}的借款{{dueDate}}到期，目前逾期{{daysOverdue}}天。我不否认欠款，愿意通过官方渠道协商还款。\n{{requestDate}}，我通过{{requestChannel}}向该机构提出书面请求：停止就我的借款联系第三人，并删除我提供的联系人号码。\n此后该机构没有处理：{{whatHappened}}",
    },
    {
      text: "我的诉求：\n一、请督促该机构停止联系与借款无关的第三人，删除上述联系人号码；\n二、请该机构对我的请求作出答复，不同意的应说明理由。",
    },
    { text: "相关规定：《中华人民共和国个人信息保护法》第四十四条、第四十七条、第五十条。" },
    {
      text: "另据公开报道，中国银行业协会的《金融机构个人消费类贷款催收工作指引（试行）》要求不向与借款无关的第三人催收。",
      onlyIfInForce: "guideline-cba-collection-2026",
    },
    { text: "我可以提供：提出请求的截图或记录、来电记录、短信截图。" },
  ],
  citations: [
    { source: "service-12378" },
    { source: "law-pipl", where: "第四十四条、第四十七条、第五十条" },
    { source: "guideline-cba-collection-2026", where: "第三人联系规则（新闻摘要）" },
  ],
};
