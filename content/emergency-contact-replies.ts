/**
 * Words a contact can say or send, ready to copy. Each states only what the cited
 * sources support: the contact owes nothing, may refuse further calls, and can
 * complain through official channels.
 */
import type { Citation } from "@/lib/schema/content";
import type { CallTextParts, ContactReply } from "@/lib/schema/emergency-contact";

export const contactReplies: ContactReply[] = [
  {
    id: "pass-on-and-decline",
    title: "礼貌转告，并谢绝以后的来电",
    use: "第一次接到电话、对方态度正常时，在电话里这样说。",
    text: "您好，您说的事我知道了，我会把话带到，请借款人直接联系你们。我只是借款人留的联系人，不是借款人，也不是担保人，不会替借款人还款。以后请直接找借款人本人，不要再打给我了，谢谢。",
    citations: [
      { source: "law-civil-code-contracts", where: "第四百六十五条、第六百八十一条" },
      { source: "guideline-cba-collection-2026", where: "第三人联系规则（新闻摘要）" },
    ],
    rules: ["contact-owes-nothing", "stop-when-refused"],
  },
  {
    id: "message-to-borrower",
    title: "发给借款人的消息",
    use: "把对方的来意转告借款人：平和，不指责，提醒对方走官方渠道。",
    text: "跟你说一声：今天有人说是借呗、花呗的催收，打到我这里，说联系不上你。我不清楚具体情况，也不会替你答应什么。你方便时在支付宝「我的客服」或打95188直接跟平台联系，按自己能做到的商量个还款计划。另外，说能帮忙「减免」「停息挂账」还要先收费的，基本都是骗局，别上当。",
    citations: [{ source: "service-alipay-customer-service" }, { source: "service-110-96110" }],
    rules: [],
  },
  {
    id: "stop-calling",
    title: "坚决要求停止来电",
    use: "对方反复打来、越界，或您说过一次仍不停时，在电话里说，或用短信发。",
    text: "我不是借款人，也不是保证人，对这笔借款没有还款义务，该转告的我已经转告了。请你们停止给我打电话、发短信，并删除我的电话号码。如果继续打扰，我会向平台投诉，并拨打12378金融消费者投诉热线投诉、向12321举报。",
    citations: [
      { source: "law-civil-code-contracts", where: "第四百六十五条、第六百八十一条、第六百八十五条" },
      { source: "law-pipl", where: "第四十四条、第四十七条" },
      { source: "law-civil-code-personality", where: "第一千零三十三条" },
      { source: "service-12378" },
      { source: "service-12321" },
    ],
    rules: ["stop-when-refused"],
  },
];

/**
 * The pieces the questionnaire's answer puts together from what the contact said: a
 * message to the borrower that names who called, and a complaint that states only
 * what she answered. (The message is in her voice to the borrower, so it says 你.)
 */
export const contactCallTexts: CallTextParts & { citations: { message: Citation[]; complaint: Citation[] } } = {
  who: {
    platform: "自称借呗、花呗平台的人",
    agency: "一家催收公司的人",
    "law-firm": "自称律师事务所的人",
    unsure: "没说清是哪里的人",
    unknown: "自称催收的人",
  },
  message:
    "跟你说一声：今天有{who}打电话给我，说联系不上你。我不清楚具体情况，也不会替你答应什么。你方便时在支付宝「我的客服」或打95188直接跟平台联系，按自己能做到的商量个还款计划。另外，说能帮忙「减免」「停息挂账」还要先收费的，基本都是骗局，别上当。",
  complaint: {
    opening: "我是别人借款时留下的紧急联系人，不是借款人，也不是担保人，对这笔借款没有还款义务。",
    call: "今天有{who}为这笔借款打电话给我。",
    count: "今天一共打来{n}次。",
    night: "有电话是在晚上10点以后、早上8点以前打来的。",
    said: {
      message: "对方请我转告借款人，或问借款人的联系方式。",
      debt: "对方把借款人欠多少钱、逾期多久告诉了我。",
      pay: "对方要我替借款人还钱，或让我去催借款人还。",
      threat: "对方威胁、辱骂或恐吓我。",
      impersonate: "对方自称法院或公安，或说要抓人。",
      visit: "对方说要上门，或已经上门。",
    },
    refused: { ignored: "我已经明确说过不要再打给我，对方仍然在打。" },
    found: {
      "not-listed": "我从没答应做联系人，不知道对方从哪里拿到我的号码。",
      "my-contacts": "对方还提到或要联系我认识的其他人。",
    },
    ask: "请停止联系我，删除我的电话号码；对上述做法请调查处理，并给我答复。",
  },
  citations: {
    message: [{ source: "service-alipay-customer-service" }, { source: "service-110-96110" }],
    complaint: [
      { source: "service-alipay-customer-service" },
      { source: "service-12378" },
      { source: "law-pipl", where: "第四十四条、第四十七条" },
      { source: "guideline-cba-collection-2026", where: "第三人联系规则（新闻摘要）" },
    ],
  },
};
