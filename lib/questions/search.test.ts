import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isDistress, DISTRESS_WORDS } from "@/lib/questions/distress";
import { loadQuestions } from "@/content";
import { SEARCH_QUERIES } from "@/lib/questions/search-queries";
import { FILLER, buildSearchIndex, makeDictionary, normalize, searchQuestions, tokenize } from "@/lib/questions/search";

const pages = loadQuestions().map((q) => ({ slug: q.slug, question: q.question, keywords: q.keywords, short: q.shortText }));
const index = buildSearchIndex(pages);
const slugs = new Set(pages.map((p) => p.slug));
const firstFor = (q: string) => searchQuestions(index, q)[0]?.slug;

describe("the query set (issue 22: found in their own words)", () => {
  it("names only pages that exist, and has at least 40 queries", () => {
    expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(40);
    expect(SEARCH_QUERIES.filter((q) => !slugs.has(q.first))).toEqual([]);
  });

  it("finds the expected page first for at least 90% of the queries", () => {
    const missed = SEARCH_QUERIES.filter((q) => firstFor(q.query) !== q.first).map((q) => `${q.query} → ${firstFor(q.query) ?? "nothing"} (want ${q.first})`);
    const found = SEARCH_QUERIES.length - missed.length;
    console.log(`search: ${found}/${SEARCH_QUERIES.length} found first (${((100 * found) / SEARCH_QUERIES.length).toFixed(1)}%)${missed.length ? `; missed:\n${missed.join("\n")}` : ""}`);
    expect(found / SEARCH_QUERIES.length).toBeGreaterThanOrEqual(0.9);
  });

  it("「借呗逾期12天会打电话给家人吗」 finds the page about when emergency contacts are called", () => {
    expect(firstFor("借呗逾期12天会打电话给家人吗")).toBe("when-emergency-contact-called");
  });
});

describe("tokenize", () => {
  const dict = makeDictionary(index.vocabulary);
  it("folds family words to the emergency contact, calls to 联系, and a number of days to 多久", () => {
    expect(tokenize("借呗逾期12天会打电话给家人吗", dict)).toEqual({ terms: ["借呗", "多久", "联系", "紧急联系人"], rest: [], filler: ["逾期", "会", "吗"] });
    expect(tokenize("爸妈", dict).terms).toEqual(tokenize("父母", dict).terms);
    expect(tokenize("家里人", dict).terms).toEqual(["紧急联系人"]);
  });

  it("keeps 7天, 30天 and 90天 for the pages about them", () => {
    expect(tokenize("7天", dict).terms).toEqual(["七天"]);
    expect(tokenize("30天", dict).terms).toEqual(["一个月"]);
    expect(tokenize("90天", dict).terms).toEqual(["三个月"]);
  });

  it("reads full-width and upper-case letters, spaces and punctuation like their plain forms", () => {
    expect(normalize("１２３７８，ＡＢ c？")).toBe("12378abc");
  });
});

describe("searchQuestions, for any input", () => {
  it("never throws, returns known pages once each, best first", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (q) => {
        const hits = searchQuestions(index, q);
        expect(hits.every((h) => slugs.has(h.slug))).toBe(true);
        expect(new Set(hits.map((h) => h.slug)).size).toBe(hits.length);
        for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
      }),
    );
  });

  it("filler around a query with meaning does not change what comes first", () => {
    const dict = makeDictionary(index.vocabulary);
    const meaningful = SEARCH_QUERIES.filter((q) => tokenize(q.query, dict).terms.length > 0);
    fc.assert(
      fc.property(fc.constantFrom(...meaningful), fc.array(fc.constantFrom(...FILLER.filter((f) => f.length > 1)), { maxLength: 3 }), fc.constantFrom("", "？", "  ", "!"), ({ query }, filler, punct) => {
        expect(firstFor(`${filler.join("")}${query}${punct}`)).toBe(firstFor(query));
      }),
    );
  });

  it("any page's own question finds that page first", () => {
    for (const p of pages) expect(firstFor(p.question), p.question).toBe(p.slug);
  });

  it("a query sharing nothing with the library finds nothing", () => {
    expect(searchQuestions(index, "完全不相关的词语")).toEqual([]);
    expect(searchQuestions(index, "")).toEqual([]);
  });
});

describe("distress words", () => {
  it.each(["不想活了", "活不下去了怎么办", "真的撑不下去了", "我要崩溃了", "压力太大了", "借呗还不上 不想 活了"])("「%s」 is a cry for help", (q) => {
    expect(isDistress(q)).toBe(true);
  });

  it.each(["借呗逾期会坐牢吗", "紧急联系人", "征信", "压力"])("「%s」 is an ordinary question", (q) => {
    expect(isDistress(q)).toBe(false);
  });

  it("any text containing a distress word is one, whatever surrounds it", () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...DISTRESS_WORDS), fc.string(), (a, w, b) => {
        expect(isDistress(`${a}${w}${b}`)).toBe(true);
      }),
    );
  });
});
