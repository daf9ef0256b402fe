/**
 * "One article is not 文章普遍认为": a sentence that speaks for the articles as a group
 * (普遍、都、一般、多数、大多…) must name, in the record's `articleSupport`, at least three
 * articles that say it, each cited by the record. Question pages, templates and page
 * prose have no such field, so there the sentence must say how many articles, and which.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { contactContent, content } from "@/content";
import type { Citation } from "@/lib/schema/content";

const ROOT = process.cwd();
const MIN_ARTICLES = 3;
const articleIds = new Set(content.sources.filter((s) => s.kind === "article").map((s) => s.id));

/** A clause that speaks for the articles: "文章普遍认为", "文章都把它放在", "多数文章", "大多说法". */
const ABOUT_ARTICLES = /(文章|来源|说法)[^，、：",]*?(普遍|都|一般|多数|大多|大都|大部分)|(普遍|多数|大多|大都|大部分|多篇|几篇)的?(文章|来源|说法)/;

/** Quoted words are a source's own (「一般30天左右」), not ours about the articles. */
function generalisingSentences(text: string): string[] {
  return text
    .replace(/「[^」]*」/g, "「」")
    .split(/[。；！？\n]/)
    .filter((sentence) => ABOUT_ARTICLES.test(sentence));
}

type Record = { what: string; texts: string[]; citations: readonly Citation[]; support?: { says: string; articles: string[] }[] };

function problemsOf(r: Record): string[] {
  const cited = new Set(r.citations.map((c) => c.source));
  return r.texts.flatMap(generalisingSentences).flatMap((sentence) => {
    const entry = r.support?.find((s) => sentence.includes(s.says));
    if (!entry) return [`${r.what}: "${sentence}" speaks for the articles; record which ones in articleSupport, or say how many`];
    const articles = new Set(entry.articles);
    const out: string[] = [];
    for (const a of articles) {
      if (!articleIds.has(a)) out.push(`${r.what}: articleSupport names ${a}, which is not an article`);
      else if (!cited.has(a)) out.push(`${r.what}: articleSupport names ${a}, which the record does not cite`);
    }
    if (articles.size < MIN_ARTICLES) out.push(`${r.what}: "${sentence}" rests on ${articles.size} article(s); it needs ${MIN_ARTICLES} or plainer words`);
    return out;
  });
}

function contentRecords(c = content): Record[] {
  return [
    ...c.stages.map((x) => ({ what: `stage ${x.id}`, texts: [x.name, x.summary], citations: x.citations, support: x.articleSupport })),
    ...c.events.map((x) => ({
      what: `event ${x.id}`,
      texts: [x.title, x.description, ...x.figures.map((f) => f.says), x.placement?.note ?? ""],
      citations: [...x.citations, ...x.figures],
    })),
    ...c.factors.map((x) => ({ what: `factor ${x.id}`, texts: [x.label, x.explanation], citations: x.citations, support: x.articleSupport })),
    ...c.consequences.map((x) => ({ what: `consequence ${x.id}`, texts: [x.title, x.body], citations: x.citations, support: x.articleSupport })),
    ...c.advice.map((x) => ({ what: `advice ${x.id}`, texts: [x.title, x.body, ...(x.steps ?? [])], citations: x.citations, support: x.articleSupport })),
    ...c.collectionRules.map((x) => ({ what: `rule ${x.id}`, texts: [x.title, ...x.statements.map((s) => s.text)], citations: x.statements.map((s) => s.basis) })),
    ...c.sources.map((x) => ({ what: `source ${x.id}`, texts: [x.summary, x.weightNote, x.dateNote ?? ""], citations: [] })),
  ];
}

function contactRecords(): Record[] {
  const all = [...contactContent.keyPoints, ...contactContent.judgements, ...contactContent.replies, ...contactContent.actions, ...contactContent.channels];
  return all.map((x) => ({ what: `contact ${x.id}`, texts: Object.values(x).filter((v): v is string => typeof v === "string"), citations: "citations" in x ? (x.citations ?? []) : [] }));
}

function filesUnder(dir: string, ext: RegExp, skip: readonly string[] = []): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (skip.includes(path)) return [];
    if (statSync(join(ROOT, path)).isDirectory()) return filesUnder(path, ext, skip);
    return ext.test(name) ? [path] : [];
  });
}

/** Question pages, templates and page prose carry no articleSupport: there the sentence must say how many. */
function fileRecords(): Record[] {
  const files = [
    ...filesUnder("content/questions", /\.md$/),
    ...filesUnder("content/templates", /\.ts$/),
    ...filesUnder("components", /\.tsx?$/),
    ...filesUnder("app", /\.tsx?$/),
    ...filesUnder("lib", /(?<!\.test)\.tsx?$/),
  ];
  return files.map((f) => ({ what: relative(ROOT, join(ROOT, f)), texts: [readFileSync(join(ROOT, f), "utf8")], citations: [] }));
}

describe("sentences that speak for the articles as a group", () => {
  it("finds the words it is meant to find, and leaves quotes and other subjects alone", () => {
    expect(generalisingSentences("文章普遍认为更少被联系。")).toHaveLength(1);
    expect(generalisingSentences("提到起诉的文章都把它放在第61天以后")).toHaveLength(1);
    expect(generalisingSentences("多数说法集中在第15–30天")).toHaveLength(1);
    expect(generalisingSentences("文章一般认为不会打给通讯录好友")).toHaveLength(1);
    expect(generalisingSentences("标题处的说法是「一般30天左右」。")).toHaveLength(0);
    expect(generalisingSentences("两篇文章认为，这一段可能联系紧急联系人。")).toHaveLength(0);
    expect(generalisingSentences("按文章给出的天数，联系家人、外包催收都可能已经发生")).toHaveLength(0);
  });

  it("fails a record whose generalisation rests on fewer than three articles, or names none", () => {
    const base = { what: "advice x", texts: ["文章普遍认为主动沟通更好。"], citations: [{ source: "article-seven-days" }, { source: "article-how-contacts-2024" }] };
    expect(problemsOf(base)).toHaveLength(1);
    expect(problemsOf({ ...base, support: [{ says: "文章普遍认为", articles: ["article-seven-days", "article-how-contacts-2024"] }] })).toHaveLength(1);
    const three = { ...base, citations: [...base.citations, { source: "article-when-contacts-2025" }] };
    expect(problemsOf({ ...three, support: [{ says: "文章普遍认为", articles: ["article-seven-days", "article-how-contacts-2024", "article-when-contacts-2025"] }] })).toEqual([]);
    expect(problemsOf({ ...base, support: [{ says: "文章普遍认为", articles: ["article-seven-days", "article-how-contacts-2024", "article-when-contacts-2025"] }] })).toHaveLength(1);
  });

  it("in the engine's content: each rests on at least three articles the record cites", () => {
    expect(contentRecords().flatMap(problemsOf)).toEqual([]);
  });

  it("on the emergency-contact path: none", () => {
    expect(contactRecords().flatMap(problemsOf)).toEqual([]);
  });

  it("in question pages, templates and page prose: none, since these cannot record their articles", () => {
    expect(fileRecords().flatMap(problemsOf)).toEqual([]);
  });
});
