import { describe, expect, it } from "vitest";
import { content, loadCallLogRules, loadQuestions } from "@/content";
import { dayRangeText, spreadText } from "@/lib/format/day-window";
import { blocksText, inlineText, parseQuestion } from "@/lib/questions/library";
import { placeholdersIn } from "@/lib/questions/markdown";
import { resolvePlaceholder } from "@/lib/questions/placeholders";
import { eventSpread } from "@/lib/sources/event-spread";

/** A figure written by hand: a number (Arabic, full-width or Chinese) followed by a unit of time. */
/** "哪一天" and "几天" ask, they do not state. */
const HAND_WRITTEN_FIGURE = /(?<!哪)[0-9０-９零一二三四五六七八九十百两]+\s*(天|日|个月|月|周|星期)/;

const questions = loadQuestions();
const from = { content, callLogRules: loadCallLogRules() };
const sourceIds = new Set(content.sources.map((s) => s.id));

describe("the Q&A library", () => {
  // 26 with the page for several debts (issue 22), which the search must find.
  it("has between 15 and 30 questions with unique slugs", () => {
    expect(questions.length).toBeGreaterThanOrEqual(15);
    expect(questions.length).toBeLessThanOrEqual(30);
    expect(new Set(questions.map((q) => q.slug)).size).toBe(questions.length);
  });

  for (const q of questions) {
    describe(q.slug, () => {
      it("writes no figure by hand: every day or month comes from a placeholder", () => {
        for (const [part, text] of [
          ["short", q.raw.short],
          ["body", q.raw.body],
        ] as const) {
          const outside = text.replace(/\{\{[^}]*\}\}/g, "⟦⟧");
          expect(outside, `${q.slug} ${part}`).not.toMatch(HAND_WRITTEN_FIGURE);
        }
      });

      it("renders no figure outside the claims it names", () => {
        // Replace each placeholder by a marker instead of its words: what remains is ours.
        const masked = { ...q.ctx };
        const text = [q.raw.short, q.raw.body].join("\n").replace(/\{\{[^}]*\}\}/g, (raw) => {
          const [p] = placeholdersIn(raw);
          const r = resolvePlaceholder(p!, masked);
          return r.claim ? `⟦${r.claim}⟧` : "⟦⟧";
        });
        expect(text).not.toMatch(HAND_WRITTEN_FIGURE);
      });

      it("answers in two sentences first", () => {
        const sentences = q.shortText.split(/[。！？]/).filter((s) => s.trim() !== "");
        expect(sentences.length, q.shortText).toBe(2);
        expect(q.shortText.endsWith("。")).toBe(true);
      });

      it("cites only sources that exist, and at least one", () => {
        expect(q.citedSources.length).toBeGreaterThan(0);
        for (const s of q.citedSources) expect(sourceIds.has(s), s).toBe(true);
      });

      it("has a detail section", () => {
        expect(blocksText(q.body, q.ctx).length).toBeGreaterThan(60);
      });
    });
  }

  it("renders figures through the engine's own numbers", () => {
    const q = questions.find((x) => x.slug === "when-emergency-contact-called");
    const s = eventSpread(content.events, "emergency-contact-called");
    expect(q?.shortText).toContain(dayRangeText(s.band.fromDay, s.band.toDay));
    expect(q?.shortText).toContain(spreadText(s.spread.minDay, s.spread.maxDay));
    const seven = questions.find((x) => x.slug === "seven-days-contacts");
    expect(seven && inlineText(seven.shortInline, seven.ctx)).toContain("第7天");
  });

  it("covers the questions the articles ask", () => {
    const asked = questions.map((q) => q.question).join("\n");
    for (const words of ["多久会联系紧急联系人", "逾期7天会打联系人", "联系哪些人", "流程", "征信", "起诉", "紧急联系人吗"]) {
      expect(asked).toContain(words);
    }
  });
});

const file = (front: string, body = "正文足够长。") => `---\n${front}\n---\n${body}\n`;
const base = [
  "slug: t",
  "question: 测试问题？",
  "short: 第一句话在这里。第二句话在这里。",
  "audience: borrower",
  "topic: process",
  "order: 1",
  "claims: [event:lawsuit]",
  "sources: [article-seven-days]",
].join("\n");

describe("a question file that is wrong fails loudly", () => {
  it("accepts a sound file", () => {
    expect(parseQuestion("t.md", file(base, "{{band:lawsuit}}"), from).slug).toBe("t");
  });
  it("rejects an unknown placeholder", () => {
    expect(() => parseQuestion("t.md", file(base, "{{nonsense:lawsuit}}"), from)).toThrow(/unknown placeholder/);
  });
  it("rejects an unknown event id", () => {
    expect(() => parseQuestion("t.md", file(base, "{{band:no-such-event}}"), from)).toThrow(/unknown event/);
  });
  it("rejects a figure from a source that gives none for the event", () => {
    expect(() => parseQuestion("t.md", file(base, "{{figure:lawsuit:law-pipl}}"), from)).toThrow(/no figure/);
  });
  it("rejects a placeholder whose claim is not declared", () => {
    expect(() => parseQuestion("t.md", file(base, "{{band:home-visit}}"), from)).toThrow(/not in claims/);
  });
  it("rejects a malformed placeholder", () => {
    expect(() => parseQuestion("t.md", file(base, "{{band lawsuit}}"), from)).toThrow(/malformed/);
  });
  it("rejects an unknown source, advice or claim", () => {
    expect(() => parseQuestion("t.md", file(base.replace("article-seven-days", "nope")), from)).toThrow(/source nope/);
    expect(() => parseQuestion("t.md", file(`${base}\nadvice: [nope]`), from)).toThrow(/advice nope/);
    expect(() => parseQuestion("t.md", file(base.replace("event:lawsuit", "event:nope")), from)).toThrow(/claim event:nope/);
  });
  it("rejects a prefill the check cannot read", () => {
    expect(() => parseQuestion("t.md", file(`${base}\nprefill: days=-1`), from)).toThrow(/prefill/);
    expect(() => parseQuestion("t.md", file(`${base}\nprefill: colour=red`), from)).toThrow(/prefill/);
  });
  it("rejects {{asked-day}} without days to ask about", () => {
    expect(() => parseQuestion("t.md", file(base, "{{asked-day}}"), from)).toThrow(/needs days/);
  });
  it("rejects a slug that does not match the file", () => {
    expect(() => parseQuestion("other.md", file(base), from)).toThrow(/file name/);
  });
});

describe("figures from a source that gives several", () => {
  it("must say which one", () => {
    expect(() => parseQuestion("t.md", file(base.replace("event:lawsuit", "event:emergency-contact-called"), "{{figure:emergency-contact-called:article-how-contacts-2024}}"), from)).toThrow(/name one/);
    const q = parseQuestion("t.md", file(base.replace("event:lawsuit", "event:emergency-contact-called"), "{{figure:emergency-contact-called:article-how-contacts-2024:2}}"), from);
    expect(q.bodyText).toBe("第90天");
  });
});
