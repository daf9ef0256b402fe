/** Day windows in words: "第15–30天", "第61天以后". */
import { formatChineseDate, type IsoDate } from "@/lib/dates/iso-date";

export function dayRangeText(fromDay: number, toDay: number | null): string {
  if (toDay === null) return `第${fromDay}天起`;
  if (toDay === fromDay) return `第${fromDay}天`;
  return `第${fromDay}–${toDay}天`;
}

export function dateRangeText(fromDate: IsoDate, toDate: IsoDate | null): string {
  if (toDate === null) return `${formatChineseDate(fromDate)}以后`;
  if (toDate === fromDate) return formatChineseDate(fromDate);
  return `${formatChineseDate(fromDate)}至${formatChineseDate(toDate)}`;
}

/** "7–90天" for the spread of what sources say. */
export function spreadText(minDay: number, maxDay: number | null): string {
  if (maxDay === null) return `${minDay}天以上`;
  return minDay === maxDay ? `${minDay}天` : `${minDay}–${maxDay}天`;
}
