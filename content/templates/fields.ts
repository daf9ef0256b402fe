/** What the letters ask the user for, with the prompt shown when a value is missing. */
import type { InputField, InputFieldSpec } from "@/lib/schema/templates";

export const fieldSpecs: Record<InputField, InputFieldSpec> = {
  borrowerName: { label: "您的姓名", kind: "text", prompt: "请填写您的姓名（写在信里，方便对方核对）" },
  phoneTail: {
    label: "账户绑定手机号的后4位",
    hint: "只写后4位，例如 1234",
    kind: "phone-tail",
    prompt: "请填写账户绑定手机号的后4位",
  },
  lenderName: {
    label: "放贷机构",
    hint: "以账单或合同上写的为准；标着银行名字的「信用购」「信用贷」，欠的是那家银行",
    kind: "text",
    prompt: "请填写放贷机构的名称（见账单或合同）",
    suggestion: "重庆蚂蚁消费金融有限公司",
  },
  reason: {
    label: "逾期的原因（一句话）",
    hint: "例如：这个月收入推迟到账",
    kind: "text",
    prompt: "请用一句话写下逾期的原因",
  },
  proposedAmount: {
    label: "您打算先还的金额（元）",
    hint: "写一个您确实做得到的数",
    kind: "money",
    prompt: "请填写您打算先还的金额",
  },
  proposedDate: {
    label: "您打算还款的日期",
    kind: "date-from-today",
    prompt: "请填写您打算还款的日期",
  },
  contactName: {
    label: "联系人的称呼",
    hint: "例如：同事张姐",
    kind: "text",
    prompt: "请填写您想让平台停止联系的那位联系人的称呼",
  },
  contactPhone: {
    label: "联系人的手机号",
    hint: "只保存在这个页面里，不会上传",
    kind: "phone",
    prompt: "请填写要删除的联系人手机号",
  },
  requestDate: {
    label: "您向平台提出请求的日期",
    kind: "date-until-today",
    prompt: "请填写您向平台提出停止联系请求的日期",
  },
  requestChannel: {
    label: "您是通过什么方式提出的",
    hint: "例如：支付宝「我的客服」在线留言",
    kind: "text",
    prompt: "请填写您向平台提出请求的方式",
  },
  whatHappened: {
    label: "平台之后怎么做的",
    hint: "写时间和事实，例如：12月3日又打电话给我的同事，说了我的欠款金额",
    kind: "long-text",
    prompt: "请写下平台在您提出请求之后的做法",
  },
};

/** The plan's own date field: when to call the lender's service again. Not used by the letters. */
export const followUpSpec: InputFieldSpec = {
  label: "回访客服的日期",
  hint: "例如提出申请后过几天，再打一次问结果",
  kind: "date-from-today",
  prompt: "请填写回访客服的日期",
};
