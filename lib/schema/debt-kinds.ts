/**
 * The words of the several-debts page: the kinds of lender a person can list and the
 * answers about collateral and guarantors. The values double as the link's vocabulary
 * (`debt=card_5000_40__no_no`); the labels are what the page shows.
 */
export const DEBT_KINDS = ["jiebei", "huabei", "card", "bankloan", "online"] as const;
export type DebtKind = (typeof DEBT_KINDS)[number];

export const DEBT_KIND_LABELS: Record<DebtKind, string> = {
  jiebei: "借呗",
  huabei: "花呗",
  card: "银行信用卡",
  bankloan: "银行贷款",
  online: "其他网贷",
};

/** The kinds the full check (/) covers: the product's own sources speak about these only. */
export const CHECKED_KINDS = ["jiebei", "huabei"] as const satisfies readonly DebtKind[];
export type CheckedKind = (typeof CHECKED_KINDS)[number];

export const SECURITY_ANSWERS = ["yes", "no", "unsure"] as const;
export type SecurityAnswer = (typeof SECURITY_ANSWERS)[number];
export const SECURITY_LABELS: Record<SecurityAnswer, string> = { yes: "有", no: "没有", unsure: "不确定" };

/** More than anyone lists on one page; keeps a link short. */
export const MAX_DEBTS = 10;
/** Above the check's 500万: a mortgage can be larger than any consumer loan. */
export const MAX_DEBT_AMOUNT_YUAN = 50_000_000;
