import { CONTACTED_LABELS } from "@/lib/call-log/labels";
import type { Role } from "@/lib/call-log/log-format";
import type { Contacted } from "@/lib/call-log/vocabulary";

/** "我" is the borrower in a borrower's log and the emergency contact in a contact's log. */
export function contactedLabel(c: Contacted, role: Role): string {
  if (role === "borrower" && c === "debtor") return "我本人（借款人）";
  if (role === "contact" && c === "emergency-contact") return "我（紧急联系人）";
  return CONTACTED_LABELS[c];
}
