import { describe, expect, it } from "vitest";
import { contactContent, content } from "@/content";
import { findContactProblems } from "@/lib/emergency-contact/contact-problems";
import { chinaDate, contactPageData } from "@/lib/emergency-contact/page-data";
import { isInForce } from "@/lib/engine/in-force";

const sourceIds = new Set(content.sources.map((s) => s.id));

describe("emergency-contact content", () => {
  it("has no problems: shapes, ids, a record for every id the logic picks, known sources, rules and advice", () => {
    expect(findContactProblems(contactContent, content)).toEqual([]);
  });

  it("reports a citation of an unregistered source", () => {
    const broken = {
      ...contactContent,
      replies: contactContent.replies.map((r, i) => (i === 0 ? { ...r, citations: [{ source: "no-such-source" }] } : r)),
    };
    expect(findContactProblems(broken, content)).toContain("reply pass-on-and-decline cites unknown source no-such-source");
  });

  it("reports a missing record and a rule that does not exist", () => {
    const broken = {
      ...contactContent,
      judgements: contactContent.judgements.slice(1).map((j, i) => (i === 0 ? { ...j, rules: ["no-such-rule"] } : j)),
    };
    const problems = findContactProblems(broken, content);
    expect(problems).toContain("judgement: no record for asked-to-pass-message");
    expect(problems.some((p) => p.includes("names unknown rule no-such-rule"))).toBe(true);
  });

  it("never gives an official channel number other than the known public ones", () => {
    const text = JSON.stringify(contactContent);
    const numbers = text.match(/\d{5,}/g) ?? [];
    for (const n of numbers) expect(["95188", "12378", "12321", "96110", "45251"]).toContain(n);
  });
});

describe("contactPageData", () => {
  const site = content;
  it.each(["2026-11-22", "2025-06-01", "2030-01-01"])("on %s every shown citation resolves to a registered source in force", (today) => {
    const data = contactPageData(today, site, contactContent);
    const all = [
      ...data.keyPoints,
      ...data.judgements,
      ...data.replies,
      ...data.actions,
      data.warning,
      ...data.rules,
      ...data.channels,
    ];
    for (const item of all) {
      expect(item.citations.length, `${item.id} cites something`).toBeGreaterThan(0);
      for (const c of item.citations) {
        expect(sourceIds.has(c.source)).toBe(true);
        const source = site.sources.find((s) => s.id === c.source);
        expect(isInForce(source!, today), `${item.id} cites ${c.source}, not in force on ${today}`).toBe(true);
      }
    }
  });

  it("does not present the 2026 industry guideline before it was issued", () => {
    const before = contactPageData("2025-06-01", site, contactContent);
    const cited = JSON.stringify(before);
    expect(cited).not.toContain("guideline-cba-collection-2026");
    // Rules resting on the 2025 national standard still stand.
    expect(before.rules.map((r) => r.id)).toContain("quiet-hours");
    // A rule resting only on the 2026 guideline is not shown yet.
    expect(before.rules.map((r) => r.id)).not.toContain("no-personal-accounts");
  });

  it("drops the 2012 public-security text once the 2025 revision is in force", () => {
    const data = contactPageData("2026-11-22", site, contactContent);
    expect(JSON.stringify(data)).not.toContain("law-public-security-penalties-2012");
    expect(JSON.stringify(contactPageData("2025-06-01", site, contactContent))).toContain("law-public-security-penalties-2012");
  });

  it("before the national standard, no rule rests on it or on the guideline; the laws' rules still stand", () => {
    const before = contactPageData("2025-02-27", site, contactContent);
    expect(JSON.stringify(before.rules)).not.toContain("std-gbt-45251-2025");
    expect(before.rules.map((r) => r.id)).not.toContain("quiet-hours");
    expect(before.rules.map((r) => r.id)).toEqual(expect.arrayContaining(["no-debt-disclosure", "stop-when-refused", "no-harassment"]));
  });

  it("cites the revised public-security law by name, telling the reader plainly that its article number is not given here", () => {
    const data = contactPageData("2026-12-02", site, contactContent);
    const impersonation = data.judgements.find((j) => j.id === "impersonation");
    const revised = impersonation?.citations.find((c) => c.source === "law-public-security-penalties-2025");
    expect(revised?.where).toBe("本站没有收录修订后的全文，因此不列条号");
    expect(JSON.stringify(data)).not.toContain("未核对");
  });

  it("chinaDate reads the calendar in UTC+8", () => {
    expect(chinaDate(new Date("2026-11-22T16:30:00Z"))).toBe("2026-11-23");
    expect(chinaDate(new Date("2026-11-22T15:59:00Z"))).toBe("2026-11-22");
  });
});
