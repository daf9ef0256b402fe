import { describe, expect, it } from "vitest";
import { CALL_ANSWER_VALUES, type CallAnswers } from "@/lib/schema/emergency-contact-answers";
import { CALLS } from "@/tests/unit/fixtures/emergency-contact-calls";
import { ACTION_IDS, CHANNEL_IDS, JUDGEMENT_IDS } from "@/lib/schema/emergency-contact-ids";
import { JUDGEMENT_VERDICT, tailorCallAnswers } from "@/lib/emergency-contact/tailor";

describe("tailorCallAnswers: named calls", () => {
  it("A contact who answered nothing gets no verdict and the polite reply first", () => {
    const t = tailorCallAnswers({});
    expect(t.empty).toBe(true);
    expect(t.overall).toBeNull();
    expect(t.judgements).toEqual([]);
    expect(t.replies[0]).toBe("pass-on-and-decline");
    expect(t.channels).toEqual(["platform"]);
  });

  it("A daytime call from the platform asking to pass a message on is normal, and needs no complaint", () => {
    const t = tailorCallAnswers(CALLS.normal);
    expect(t.empty).toBe(false);
    expect(t.overall).toBe("normal");
    expect(t.judgements).toEqual(["asked-to-pass-message", "allowed-hours"]);
    expect(t.replies).toEqual(["pass-on-and-decline", "message-to-borrower"]);
    expect(t.channels).toEqual(["platform"]);
    expect(t.actions).toContain("pass-the-message");
    expect(t.actions).toContain("promise-nothing");
    expect(t.actions).not.toContain("keep-records");
  });

  it("An agency that tells the contact the debt crosses the line: regulator and 12321 come after the platform", () => {
    const t = tailorCallAnswers(CALLS.debtDisclosed);
    expect(t.overall).toBe("crosses-line");
    expect(t.judgements[0]).toBe("debt-disclosed");
    expect(t.judgements).toEqual(["debt-disclosed", "many-calls", "asked-to-pass-message", "agency-caller", "allowed-hours"]);
    expect(t.channels).toEqual(["platform", "regulator-12378", "report-12321"]);
    expect(t.actions).toEqual(expect.arrayContaining(["keep-records", "ask-who-is-calling", "say-stop"]));
    expect(t.replies).toContain("stop-calling");
  });

  it("Threats and a fake police claim at night put safety first, the police among the channels and the firm reply first", () => {
    const t = tailorCallAnswers(CALLS.threats);
    expect(t.overall).toBe("crosses-line");
    expect(t.judgements).toEqual(expect.arrayContaining(["threats", "impersonation", "night-calls", "many-calls", "unknown-caller"]));
    expect(t.channels).toEqual(["platform", "regulator-12378", "report-12321", "police-110", "anti-fraud-96110"]);
    expect(t.actions[0]).toBe("stay-safe");
    expect(t.replies[0]).toBe("stop-calling");
  });

  it("A contact asked to pay is warned about promising and pointed at the anti-fraud line", () => {
    const t = tailorCallAnswers(CALLS.askedToPay);
    expect(t.judgements).toEqual(["asked-to-pay"]);
    expect(t.actions).toEqual(expect.arrayContaining(["pay-nobody", "promise-nothing"]));
    expect(t.channels).toContain("anti-fraud-96110");
  });

  it("Calls that go on after a refusal cross the line and the contact may ask for deletion", () => {
    const t = tailorCallAnswers(CALLS.ignoredRefusal);
    expect(t.judgements).toEqual(["calls-after-refusal", "not-listed"]);
    expect(t.judgements).not.toContain("many-calls");
    expect(t.actions).toContain("ask-to-delete");
    expect(t.replies[0]).toBe("stop-calling");
  });

  it("Many calls with no refusal yet are the contact's to stop, not yet a breach", () => {
    const t = tailorCallAnswers({ calls: 5, refused: "not-yet" });
    expect(t.overall).toBe("your-right");
    expect(t.actions).toContain("say-stop");
  });

  it("A contact whose refusal was respected is not told to refuse again", () => {
    expect(tailorCallAnswers({ calls: 3, refused: "respected" }).actions).not.toContain("say-stop");
  });

  it("王阿姨's third call today, at 21:50, from a self-styled law firm that told her the amount", () => {
    const t = tailorCallAnswers(CALLS.lawFirmAt2150);
    // 21:50 is inside the allowed hours: no quiet-hours breach is claimed.
    expect(t.judgements).not.toContain("night-calls");
    expect(t.judgements).toEqual(["debt-disclosed", "law-firm-caller", "many-calls", "allowed-hours"]);
    // Her third call: the first-call reply is not offered.
    expect(t.replies).toEqual(["stop-calling", "message-to-borrower"]);
    expect(t.actions).toEqual(expect.arrayContaining(["ask-who-is-calling", "say-stop", "keep-records"]));
    expect(t.channels).toEqual(["platform", "regulator-12378", "report-12321", "anti-fraud-96110"]);
  });

  it("offers the polite first-call reply only on a first call", () => {
    expect(tailorCallAnswers({ calls: 1 }).replies[0]).toBe("pass-on-and-decline");
    expect(tailorCallAnswers({ calls: 2 }).replies).not.toContain("pass-on-and-decline");
    expect(tailorCallAnswers({ refused: "respected" }).replies).not.toContain("pass-on-and-decline");
  });
});

/** Every combination of answers (each question unanswered or one value; "said" as any subset). */
function* allAnswers(): Generator<CallAnswers> {
  const opt = <T,>(values: readonly T[]) => [undefined, ...values];
  const saidSets: (readonly (typeof CALL_ANSWER_VALUES.said)[number][])[] = [[]];
  for (const v of CALL_ANSWER_VALUES.said) for (const s of [...saidSets]) saidSets.push([...s, v]);
  for (const caller of opt(CALL_ANSWER_VALUES.caller))
    for (const said of saidSets)
      for (const time of opt(CALL_ANSWER_VALUES.time))
        for (const calls of opt([1, 3]))
          for (const refused of opt(CALL_ANSWER_VALUES.refused))
            for (const found of opt(CALL_ANSWER_VALUES.found)) yield { caller, said, time, calls, refused, found };
}

describe("tailorCallAnswers: over every combination of answers", () => {
  it("is ordered, duplicate-free, starts with the platform, and never leaves the contact without a reply", () => {
    // Plain checks, not expect() per case: about 40,000 combinations.
    const bad: string[] = [];
    const check = (ok: boolean, what: string, a: CallAnswers) => {
      if (!ok && bad.length < 5) bad.push(`${what}: ${JSON.stringify(a)}`);
    };
    const same = (x: readonly string[], y: readonly string[]) => x.join() === y.join();
    let n = 0;
    for (const a of allAnswers()) {
      n++;
      const t = tailorCallAnswers(a);
      check(new Set(t.judgements).size === t.judgements.length, "duplicate judgement", a);
      check(t.judgements.every((id) => (JUDGEMENT_IDS as readonly string[]).includes(id)), "unknown judgement", a);
      const ranks = t.judgements.map((id) => ["crosses-line", "your-right", "normal"].indexOf(JUDGEMENT_VERDICT[id]));
      check(same(ranks.map(String), [...ranks].sort((x, y) => x - y).map(String)), "judgements not most serious first", a);
      check(t.overall === (t.judgements[0] ? JUDGEMENT_VERDICT[t.judgements[0]] : null), "overall is not the worst verdict", a);
      check(t.channels[0] === "platform", "platform is not first", a);
      check(same(t.channels, CHANNEL_IDS.filter((c) => t.channels.includes(c))), "channels out of order", a);
      check(same(t.actions, ACTION_IDS.filter((c) => t.actions.includes(c))), "actions out of order", a);
      check(t.actions.includes("promise-nothing"), "no warning about promising to pay", a);
      check(t.replies.includes("message-to-borrower"), "no message to the borrower", a);
      check(t.overall !== "crosses-line" || t.channels.includes("regulator-12378"), "breach without the regulator", a);
      check(!a.said?.includes("threat") || t.channels.includes("police-110"), "threat without the police", a);
      check(!a.said?.includes("visit") || (t.channels.includes("police-110") && t.actions.includes("stay-safe")), "someone at the door without the police", a);
      // 「上门」 is an answer with no judgement of its own (a visit is not banned as such).
      check(t.empty === (t.judgements.length === 0 && !a.said?.includes("visit") && !a.calls && !a.refused && !a.time && !a.caller && !a.found), "empty flag wrong", a);
      check(!(a.calls === 3 || a.refused === "ignored" || a.refused === "respected") || !t.replies.includes("pass-on-and-decline"), "first-call reply on a repeated call", a);
      check(a.time === "night" || !t.judgements.includes("night-calls"), "quiet hours claimed for a call inside them", a);
    }
    expect(bad).toEqual([]);
    expect(n).toBeGreaterThan(10_000);
  }, 60_000);
});
