/**
 * The several-debts page keeps its list in the URL fragment, like the timeline: one
 * `debt=` part per debt, its fields joined by `_` in a fixed order
 * (`#debt=jiebei_20000_30_0.05_no_no&debt=card_5000_40__no_unsure`). Browsers never
 * send a fragment to a server. Reading never throws: every problem is reported against
 * the debt it came from, and the rows keep what the link said so the form can show it.
 */
import { DEBT_FIELDS, debtToRow, readDebt, type Debt, type DebtRow } from "@/lib/several-debts/debt";
import { MAX_DEBTS } from "@/lib/schema/debt-kinds";
import type { LinkProblem } from "@/lib/situation/share-link";

export const DEBT_KEY = "debt";
const SEPARATOR = "_";
/** Ten debts with every field at its longest stay well inside this. */
export const MAX_DEBTS_FRAGMENT_LENGTH = 1200;

export type DebtsReading = {
  /** The debts that were read whole, in link order. */
  debts: Debt[];
  /** Every debt part as the form should show it, readable or not. */
  rows: DebtRow[];
  problems: LinkProblem[];
};

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return null;
  }
}

/** @example writeDebtsFragment([{ kind: "huabei", amountFen: 300000, days: 10, ratePercent: null, collateral: "no", guarantor: "no" }]) // "debt=huabei_3000_10__no_no" */
export function writeDebtsFragment(debts: readonly Debt[]): string {
  return debts
    .map((d) => {
      const row = debtToRow(d);
      return `${DEBT_KEY}=${DEBT_FIELDS.map((f) => encodeURIComponent(row[f] ?? "")).join(SEPARATOR)}`;
    })
    .join("&");
}

/** @example readDebtsFragment("#debt=huabei_3000_10__no_no").debts[0]?.amountFen // 300000 */
export function readDebtsFragment(fragment: string): DebtsReading {
  const reading: DebtsReading = { debts: [], rows: [], problems: [] };
  const body = fragment.startsWith("#") ? fragment.slice(1) : fragment;
  if (body.length > MAX_DEBTS_FRAGMENT_LENGTH) {
    reading.problems.push({ part: "整个链接", message: "链接太长，可能被改动过；请重新填写" });
    return reading;
  }
  for (const pair of body.split("&")) {
    if (pair === "") continue;
    const eq = pair.indexOf("=");
    const key = decode(eq === -1 ? pair : pair.slice(0, eq))?.trim().toLowerCase();
    if (key !== DEBT_KEY) {
      reading.problems.push({ part: "链接", message: "链接里有无法识别的一项，已忽略" });
      continue;
    }
    const number = reading.rows.length + 1;
    if (number > MAX_DEBTS) {
      reading.problems.push({ part: "链接", message: `最多记${MAX_DEBTS}笔，后面的已忽略` });
      break;
    }
    const parts = (eq === -1 ? "" : pair.slice(eq + 1)).split(SEPARATOR).map(decode);
    if (parts.length !== DEBT_FIELDS.length || parts.some((p) => p === null)) {
      reading.problems.push({ part: `第${number}笔`, message: "这一笔在链接里的格式不对，已忽略，请重新填写" });
      reading.rows.push({});
      continue;
    }
    const row: DebtRow = Object.fromEntries(DEBT_FIELDS.map((f, i) => [f, parts[i] as string]));
    reading.rows.push(row);
    const result = readDebt(row);
    if (result.ok) reading.debts.push(result.debt);
    else for (const e of result.errors) reading.problems.push({ part: `第${number}笔`, message: e.message });
  }
  return reading;
}
