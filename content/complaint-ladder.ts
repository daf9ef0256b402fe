/**
 * The complaint ladder on /call-log: how long each channel has to answer, and the ladder's
 * texts. No source we hold (content/sources.ts, the templates, DOMAIN-FACTS) gives a period
 * for answering a collection complaint, to the platform or to 12378: the only answer period
 * we hold, 20 days in 征信业管理条例 第二十五条, is for an objection to a credit report, not a
 * complaint. So every period is null, and the page says so and lets the person set their own
 * reminder date. A period added here must cite its source.
 */
import type { LadderContent } from "@/lib/schema/call-log";

export const complaintLadder: LadderContent = {
  periods: { lender: null, "12378": null, "110": null, other: null },
  noPeriod: "我们收录的来源没有写明答复期限。您可以自己定一个提醒日期，到时候还没有满意的答复，就走下一步。",
  earlierUnknown: "我已先向平台反映，平台没有处理（请说明何时、通过什么渠道反映的）。",
  police:
    "如果对方威胁您、冒充公检法，或您觉得人身安全受到威胁，可以直接拨打110报警，不用等投诉结果。报警时可以说明对方说了什么、什么时候，以及您之前已经投诉过：",
};
