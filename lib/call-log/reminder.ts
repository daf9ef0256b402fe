/**
 * The calendar reminder for a recorded complaint: one all-day event on the reminder (or
 * due) date, written by the plan's iCalendar writer (lib/plan/ics.ts) so there is one
 * .ics writer in the project. The UID is the complaint's id: downloading again after
 * changing the date updates the event instead of adding a second one.
 */
import { COMPLAINT_CHANNEL_LABELS } from "@/lib/call-log/labels";
import type { SentComplaint } from "@/lib/call-log/ladder";
import { formatChineseDate, type IsoDate } from "@/lib/dates/iso-date";
import { buildIcs } from "@/lib/plan/ics";

export function complaintReminderIcs(complaint: SentComplaint, due: IsoDate, today: IsoDate): string {
  return buildIcs({
    today,
    planKey: `complaint|${complaint.id}`,
    footer: "来自逾期明白「来电记录」。只在您的设备上，没有发送到任何地方。",
    steps: [
      {
        id: "complaint-answer",
        bucket: "later",
        date: due,
        title: "看看投诉有没有得到答复",
        detail: `${formatChineseDate(complaint.date)}通过${COMPLAINT_CHANNEL_LABELS[complaint.channel]}投诉。还没有满意的答复的话，打开逾期明白「来电记录」，按页面上的下一步去做。`,
        citations: [],
        remind: true,
      },
    ],
  });
}
