import { describe, expect, it } from "vitest";
import { callLogLinkFor, readPrefill } from "@/lib/call-log/prefill";

describe("prefill from the emergency contact's questionnaire", () => {
  it("round-trips the answers into the form's choices", () => {
    const link = callLogLinkFor({ caller: "agency", time: "night", said: ["debt", "threat", "message"], refused: "ignored" });
    expect(link).toBe("/call-log#role=contact&caller=agency&time=night&said=debt%2Cthreat%2Cmessage&refused=ignored");
    expect(readPrefill(link.split("#")[1] ?? "")).toEqual({
      role: "contact",
      caller: "agency",
      atNight: true,
      flags: ["disclosed-debt", "threatened", "continued-after-stop"],
    });
  });

  it("ignores what it does not know, and an empty fragment is no prefill", () => {
    expect(readPrefill("")).toBeNull();
    expect(readPrefill("#role=admin&caller=<b>&said=x,,debt")).toEqual({ role: null, caller: null, atNight: false, flags: ["disclosed-debt"] });
  });
});
