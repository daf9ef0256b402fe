/**
 * Words that say "I can't cope" rather than ask a question (issue 22). A search that
 * contains one shows the free help lines first (/help), never "no results". The check
 * runs in the browser on what is typed; nothing is stored, sent or counted.
 */
export const DISTRESS_WORDS: readonly string[] = [
  "不想活", "活不下去", "活着没意思", "活不了", "不如死", "想死", "去死", "寻死", "自杀", "轻生", "跳楼",
  "撑不下去", "撑不住", "扛不住", "熬不下去", "受不了了", "崩溃", "绝望", "走投无路", "没有希望", "没希望",
  "压力太大", "压力好大", "压力很大", "压力大", "喘不过气", "好累", "太累了",
];

/** Whether a search is a cry for help. Spaces and punctuation are ignored (「不想 活了」). */
export function isDistress(query: string): boolean {
  const q = query.replace(/[\s\p{P}\p{S}]+/gu, "");
  return DISTRESS_WORDS.some((w) => q.includes(w));
}
