import { describe, expect, it } from "vitest";
import { templates } from "@/content/templates";
import { planTexts } from "@/content/templates/plan-content";
import { content } from "@/content";
import { assess } from "@/lib/engine/assess";
import { parseSituation } from "@/lib/situation/parse-situation";
import type { RawAnswers } from "@/lib/situation/situation-schema";
import { costMilestones } from "@/lib/plan/cost";
import { buildIcs, escapeText, foldLine, uidFor } from "@/lib/plan/ics";
import { events as eventsOf, framingProblems, readCalendar, valueOf } from "../../tests/support/read-ics";
import { bucketFor, buildPlan, templatesCalledFor } from "@/lib/plan/plan";
import { planToText } from "@/lib/plan/plan-text";

const TODAY = "2026-11-22";
const MATERIAL = { sources: content.sources, texts: planTexts };
const BASE: RawAnswers = { product: "jiebei", days: "20", amount: "20000", history: "occasional", contact: "silent" };

function assessment(raw: RawAnswers = BASE, today = TODAY) {
  const r = parseSituation(raw, today);
  if (!r.ok) throw new Error("fixture does not parse");
  return assess(r.situation, today, content);
}

describe("the action plan", () => {
  it("puts a promised repayment a week away in this week, and a follow-up call in this month", () => {
    const plan = buildPlan(assessment(), { promisedDate: "2026-11-29", promisedAmount: "¥2,000.00", followUpDate: "2026-12-02" }, TODAY, MATERIAL);
    const pay = plan.steps.find((s) => s.id === "promised-repayment");
    expect(pay).toMatchObject({ bucket: "week", date: "2026-11-29", title: "还款 ¥2,000.00", remind: true });
    expect(plan.steps.find((s) => s.id === "follow-up-call")).toMatchObject({ bucket: "month", date: "2026-12-02", remind: true });
  });

  it("orders today, this week, this month, later; dated steps first within a period", () => {
    const plan = buildPlan(assessment(), { promisedDate: "2027-01-10", followUpDate: "2026-11-25" }, TODAY, MATERIAL);
    const order = ["today", "week", "month", "later"];
    const ranks = plan.steps.map((s) => order.indexOf(s.bucket));
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(plan.steps.at(-1)?.id).toBe("promised-repayment");
  });

  it("starts with checking the bill and calling the official service", () => {
    const ids = buildPlan(assessment(), {}, TODAY, MATERIAL).steps.map((s) => s.id);
    expect(ids.slice(0, 2)).toEqual(["check-bill", "call-service"]);
  });

  it("a borrower already negotiating is asked to keep the agreement, not to call again", () => {
    const ids = buildPlan(assessment({ ...BASE, contact: "negotiating" }), {}, TODAY, MATERIAL).steps.map((s) => s.id);
    expect(ids).toContain("confirm-agreement");
    expect(ids).not.toContain("call-service");
  });

  it("prints every letter or script a step points to as 「本页的…」, and names only ones the page has", () => {
    for (const contact of ["negotiating", "answering", "silent", "unreachable"] as const) {
      const plan = buildPlan(assessment({ ...BASE, contact }), {}, TODAY, MATERIAL);
      const ids = templatesCalledFor(plan);
      for (const step of plan.steps) if (step.detail.includes("本页的")) expect(step.template, step.id).toBeDefined();
      for (const id of ids) expect(templates.map((t) => t.id)).toContain(id);
      expect(ids).toContain("stop-contact-request");
      if (contact !== "negotiating") expect(ids[0]).toBe("call-script");
    }
  });

  it("tells the emergency contact unless the borrower gave none", () => {
    expect(buildPlan(assessment(), {}, TODAY, MATERIAL).steps.map((s) => s.id)).toContain("tell-contact");
    expect(buildPlan(assessment({ ...BASE, ec: "no" }), {}, TODAY, MATERIAL).steps.map((s) => s.id)).not.toContain("tell-contact");
  });

  it("dates the next timeline event from the assessment, with its citations", () => {
    const a = assessment({ ...BASE, days: "3" });
    const plan = buildPlan(a, {}, TODAY, MATERIAL);
    const next = plan.steps.find((s) => s.id === "next-event");
    expect(a.nextEvent).not.toBeNull();
    expect(next?.date).toBe(a.nextEvent?.window.fromDate);
    expect(next?.citations.length).toBeGreaterThan(0);
  });

  it("ignores dates in the past", () => {
    const ids = buildPlan(assessment(), { promisedDate: "2026-11-21", followUpDate: "2026-11-01" }, TODAY, MATERIAL).steps.map((s) => s.id);
    expect(ids).not.toContain("promised-repayment");
    expect(ids).not.toContain("follow-up-call");
  });

  it("cites only registered sources, and only those in force on today", () => {
    const known = new Set(content.sources.map((s) => s.id));
    const plan = buildPlan(assessment(), {}, TODAY, MATERIAL);
    for (const step of plan.steps) for (const c of step.citations) expect(known).toContain(c.source);
    for (const c of plan.channels) expect(c.citations.length).toBeGreaterThan(0);
    const early = buildPlan(assessment(BASE, "2026-01-10"), {}, "2026-01-10", MATERIAL);
    const crossed = early.steps.find((s) => s.id === "if-lines-crossed");
    expect(crossed?.citations.map((c) => c.source)).not.toContain("guideline-cba-collection-2026");
  });

  it("lists the numbers in order: the lender first, then 12378", () => {
    const numbers = buildPlan(assessment(), {}, TODAY, MATERIAL).channels.map((c) => c.number);
    expect(numbers[0]).toContain("95188");
    expect(numbers[1]).toBe("12378");
  });

  it("buckets by days from today", () => {
    expect(bucketFor("2026-11-22", TODAY)).toBe("today");
    expect(bucketFor("2026-11-29", TODAY)).toBe("week");
    expect(bucketFor("2026-11-30", TODAY)).toBe("month");
    expect(bucketFor("2026-12-22", TODAY)).toBe("month");
    expect(bucketFor("2026-12-23", TODAY)).toBe("later");
  });

  it("writes the same plan as text, with the cost and the numbers", () => {
    const a = assessment();
    const plan = buildPlan(a, { promisedDate: "2026-11-29", promisedAmount: "¥2,000.00" }, TODAY, MATERIAL);
    const text = planToText({
      plan,
      situation: a.situation,
      cost: { milestones: costMilestones(2_000_000, 20, { num: 5n, den: 10_000n }, TODAY), rateLabel: "日费率 0.05%（示例）" },
      sources: content.sources,
    });
    expect(text).toContain("借呗，欠款 ¥20,000.00");
    expect(text).toContain("□ 2026年11月29日　还款 ¥2,000.00");
    expect(text).toContain("7天后（2026年11月29日，逾期27天）：逾期费用约 ¥270.00，合计约 ¥20,270.00");
    expect(text).toContain("1. 支付宝「我的客服」");
    expect(text).not.toMatch(/undefined|null|NaN|\{\{/);
  });
});

describe("the calendar file", () => {
  const plan = buildPlan(assessment(), { promisedDate: "2026-11-29", promisedAmount: "¥2,000.00", followUpDate: "2026-12-02" }, TODAY, MATERIAL);
  const ics = buildIcs({ steps: plan.steps, today: TODAY, planKey: "jiebei|2026-11-02", footer: "由逾期明白在您的设备上生成，信息不是法律意见。" });

  it("parses with an independent reader (ical.js), with CRLF endings and no line over 75 octets", () => {
    const cal = readCalendar(ics);
    expect(cal.name).toBe("vcalendar");
    expect(valueOf(cal, "version")).toBe("2.0");
    expect(valueOf(cal, "prodid")).toBeDefined();
    expect(framingProblems(ics)).toEqual([]);
  });

  it("has one all-day event per dated step, on the right dates, each with two reminders", () => {
    const events = eventsOf(readCalendar(ics));
    const dated = plan.steps.filter((s) => s.remind && s.date);
    expect(events).toHaveLength(dated.length);
    expect(events.slice(0, 2).map((e) => [valueOf(e, "dtstart"), valueOf(e, "dtend")])).toEqual([
      ["2026-11-29", "2026-11-30"],
      ["2026-12-02", "2026-12-03"],
    ]);
    for (const [i, e] of events.entries()) {
      expect(e.getFirstProperty("dtstart")?.type).toBe("date");
      expect(valueOf(e, "dtstart")).toBe(dated[i]?.date);
    }
    expect(valueOf(events[0]!, "summary")).toBe("还款 ¥2,000.00");
    for (const e of events) {
      expect(valueOf(e, "uid")).toMatch(/@yuqi-mingbai\.plan$/);
      expect(valueOf(e, "dtstamp")).toBe("2026-11-22T00:00:00Z");
      const alarms = e.getAllSubcomponents("valarm");
      expect(alarms.map((x) => valueOf(x, "trigger"))).toEqual(["-PT15H", "PT9H"]);
      for (const x of alarms) expect(valueOf(x, "action")).toBe("DISPLAY");
    }
  });

  it("keeps UIDs stable for the same plan and distinct across steps", () => {
    expect(uidFor("promised-repayment", "jiebei|2026-11-02")).toBe(uidFor("promised-repayment", "jiebei|2026-11-02"));
    expect(uidFor("promised-repayment", "k")).not.toBe(uidFor("follow-up-call", "k"));
    const again = buildIcs({ steps: plan.steps, today: TODAY, planKey: "jiebei|2026-11-02", footer: "" });
    const uids = (s: string) => eventsOf(readCalendar(s)).map((e) => valueOf(e, "uid"));
    expect(uids(again)).toEqual(uids(ics));
  });

  it("escapes backslash, semicolon, comma and newlines, and ical.js reads them back", () => {
    const nasty = "a\\b;c,d\ne，中文；";
    expect(escapeText(nasty)).toBe("a\\\\b\\;c\\,d\\ne，中文；");
    const step = { ...plan.steps.find((s) => s.remind && s.date)!, title: nasty };
    const read = eventsOf(readCalendar(buildIcs({ steps: [step], today: TODAY, planKey: "k", footer: "" })));
    expect(valueOf(read[0]!, "summary")).toBe(nasty);
  });

  it("folds long Chinese lines at 75 octets without splitting a character", () => {
    const line = `DESCRIPTION:${"逾期明白".repeat(40)}`;
    const folded = foldLine(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(75);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join("")).toBe(line);
    expect(folded).not.toContain("\uFFFD");
  });

  it("has no events when the plan has no dated step", () => {
    const none = buildIcs({ steps: [], today: TODAY, planKey: "x", footer: "" });
    expect(eventsOf(readCalendar(none))).toEqual([]);
    expect(framingProblems(none)).toEqual([]);
  });
});
