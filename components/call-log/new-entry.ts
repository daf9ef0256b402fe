import type { Draft } from "@/lib/call-log/entry";
import { localDateTimeOf } from "@/lib/call-log/local-time";
import type { Role } from "@/lib/call-log/log-format";

/** The device's clock, to the minute: the default time of a new entry and the latest allowed. */
export const now = () => localDateTimeOf(new Date());

/** 16 random bytes as hex: made on the device, never derived from the entry. */
export function newId(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** A blank form for this role: the borrower is contacted about their own debt; a contact, as the emergency contact. */
export function emptyDraft(role: Role, at: string): Draft {
  return { at, caller: "", callerName: "", from: "", channel: "", contacted: role === "contact" ? "emergency-contact" : "debtor", count: "", calledNumber: "", visitors: "", flags: [], notes: "" };
}
