import { describe, expect, it } from "vitest";
import { callLogLinkFor, readPrefill } from "@/lib/call-log/prefill";

describe("prefill from the emergency contact's questionnaire", () => {
  it("round-trips the answers into the form's choices", () => {
    const link = callLogLinkFor({ caller: "agency", time: "night", calls: 8, said: ["debt", "threat", "message"], refused: "ignored" });
    expect(link).toBe("/call-log#role=contact&caller=agency&time=night&calls=8&said=debt%2Cthreat%2Cmessage&refused=ignored");
    expect(readPrefill(link.split("#")[1] ?? "")).toEqual({
      role: "contact",
      caller: "agency",
      atNight: true,
      count: 8,
      flags: ["disclosed-debt", "threatened", "continued-after-stop"],
    });
  });

  it("maps 上门 and 法院/公安 to separate boxes, and a law firm to 「催收公司或律所」", () => {
    expect(readPrefill(callLogLinkFor({ caller: "law-firm", said: ["visit"] }).split("#")[1] ?? "")).toMatchObject({ caller: "agency", flags: ["came-to-door"] });
    expect(readPrefill(callLogLinkFor({ said: ["impersonate"] }).split("#")[1] ?? "")?.flags).toEqual(["impersonated-authority"]);
  });

  it("ignores what it does not know, and an empty fragment is no prefill", () => {
    expect(readPrefill("")).toBeNull();
    expect(readPrefill("#role=admin&caller=<b>&calls=x&said=x,,debt")).toEqual({ role: null, caller: null, atNight: false, count: null, flags: ["disclosed-debt"] });
    expect(readPrefill("#calls=500")?.count).toBe(99);
  });
});
