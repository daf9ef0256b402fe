import type { TOPICS } from "@/lib/questions/frontmatter";

export const TOPIC_TITLES: Record<(typeof TOPICS)[number], string> = {
  contacts: "紧急联系人和家人朋友",
  process: "逾期流程和时间",
  "credit-legal": "征信、罚息和起诉",
  coping: "现在可以做什么",
};
