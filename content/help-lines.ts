/**
 * Free human help, in the order /help lists it: someone to talk to when it is too much,
 * danger, free legal help, then the complaint and negotiation lines. The footer of every
 * page shows the first lines; /help shows them all. Trust labels come with the sources
 * (content/sources.ts, from shared/DOMAIN-FACTS.md). Hours only where a source gives them.
 */
import type { HelpLine } from "@/lib/schema/content";

export const helpLines: HelpLine[] = [
  {
    id: "crisis-12356",
    number: "12356",
    name: "心理援助热线",
    for: "压力大到撑不下去、想找人说说话的时候。可以不说名字。",
    hours: "据报道每天至少18小时，各地时间不同",
    serves: "mainland",
    citations: [{ source: "service-12356" }],
  },
  {
    id: "hk-18111",
    number: "18111",
    name: "情绪通精神健康支援热线",
    for: "在香港，情绪撑不住的时候。",
    hours: "24小时",
    serves: "hong-kong",
    citations: [{ source: "service-hk-18111" }],
  },
  {
    id: "tw-1925",
    number: "1925",
    name: "安心专线",
    for: "在台湾，情绪撑不住的时候；免费。",
    hours: "24小时",
    serves: "taiwan",
    citations: [{ source: "service-tw-1925" }],
  },
  {
    id: "police-110",
    number: "110",
    name: "报警电话",
    for: "有人威胁您或家人的安全、动手，或强行上门的时候。",
    hours: null,
    serves: "mainland",
    citations: [{ source: "service-110-96110" }],
  },
  {
    id: "ambulance-120",
    number: "120",
    name: "急救电话",
    for: "有人受伤、生病或有生命危险的时候。",
    hours: null,
    serves: "mainland",
    citations: [{ source: "service-120" }],
  },
  {
    id: "legal-12348",
    number: "12348",
    name: "公共法律服务热线",
    for: "免费法律咨询：收到法院文书或律师函、不知道自己要承担什么的时候。经济困难的，可以通过它申请法律援助，由国家承担律师费用。有的地方已并入12345。",
    hours: "各地不同",
    serves: "mainland",
    citations: [{ source: "service-12348" }],
  },
  {
    id: "regulator-12378",
    number: "12378",
    name: "金融消费者投诉热线",
    for: "向平台投诉后没有结果，或催收明显越界（骚扰、向别人透露欠款、威胁）的时候。",
    hours: "各来源说法不同",
    serves: "mainland",
    citations: [{ source: "service-12378" }],
  },
  {
    id: "lender-95188",
    number: "95188",
    name: "支付宝官方客服",
    for: "协商还款、问清欠款，也是投诉催收的第一站。App 里的「我的客服」也可以。自称客服、要收费办减免或让您转到私聊的，是骗局。",
    hours: null,
    serves: "mainland",
    citations: [{ source: "service-alipay-customer-service" }],
  },
];
