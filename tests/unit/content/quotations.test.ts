/**
 * 「」 means a source's own words. Every phrase in corner brackets anywhere under content/
 * (records, question pages, templates) is either quoted from a source, and then listed in
 * QUOTED with the passage it comes from, or is one of the few kinds of words this product
 * also brackets, listed in NOT_QUOTED with its kind: a name on a screen, words a person
 * may say, a term people use, or a label of this site. A new bracketed phrase fails until
 * it is put in one list or the other.
 *
 * For QUOTED phrases: the phrase must stand in the cited passage (tests/unit/content/
 * source-passages.ts), and every file that brackets it must cite that source (a question
 * page in its `sources`, a TypeScript file by naming the source id).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { passageOf, SHARED_TEXTS } from "@/tests/unit/content/source-passages";

const ROOT = process.cwd();

/** Phrases quoted from a source, with the passage they stand in. */
const QUOTED: Record<string, { source: string; where: string }> = {
  一般为30天左右: { source: "article-when-contacts-2025", where: "4.2 开头" },
  逾期时间过长: { source: "article-when-contacts-2025", where: "3.2" },
  被列入征信黑名单: { source: "article-how-contacts-2024", where: "开头" },
  联系人: { source: "article-how-contacts-2024", where: "查紧急联系人" },
  银行: { source: "article-how-contacts-2024", where: "一" },
  提供有关借款人的证明文件或证据: { source: "article-how-contacts-2024", where: "四" },
  积极配合银行的工作: { source: "article-how-contacts-2024", where: "五" },
  平台逾期: { source: "article-how-contacts-2024", where: "栏目" },
  专家协商: { source: "article-how-contacts-2024", where: "相关资讯" },
  逾期平台: { source: "article-overdue-process-2025", where: "栏目" },
  逾期时间长短和逾期金额大小: { source: "article-overdue-process-2025", where: "三、2" },
  极少数情况: { source: "article-overdue-process-2025", where: "评论" },
  律师: { source: "article-overdue-process-2025", where: "评论" },
  法律顾问: { source: "article-overdue-process-2025", where: "评论" },
  长期逾期不还: { source: "article-seven-days", where: "借呗逾期的其他后果" },
  过往就有多次逾期记录: { source: "article-seven-days", where: "影响因素：信用记录与还款历史" },
  逾期頻道: { source: "article-who-is-contacted", where: "栏目" },
  催收科普: { source: "article-who-is-contacted", where: "栏目" },
  恶意透支: { source: "law-criminal-code", where: "第一百九十六条" },
};

type Kind = "name" | "speech" | "term" | "ours";
/**
 * Bracketed, but not quoted from a source: names on a screen (「我的客服」), words a person
 * may say or hear (「别再打来」), terms in circulation that pages warn about (「减免」),
 * and this site's own labels (「可能不符合」).
 */
const NOT_QUOTED: Record<string, Kind> = {
  我的客服: "name",
  信用购: "name",
  信用贷: "name",
  "12321举报中心": "name",
  情緒通: "name",
  我替他还: "speech",
  我来替他还: "speech",
  我替借款人还: "speech",
  别再打来: "speech",
  他们老打电话: "speech",
  减免: "term",
  帮您减免: "term",
  修复征信: "term",
  征信修复: "term",
  洗白: "term",
  洗白征信: "term",
  内部删除: "term",
  一次性修复: "term",
  黑名单: "term",
  上黑名单: "term",
  停息挂账: "term",
  债务优化: "term",
  优化债务: "term",
  协商: "term",
  代理协商: "term",
  代理投诉: "term",
  代理维权: "term",
  爆通讯录: "term",
  逾期几天上征信: "term",
  宽限期: "term",
  行业规则要求: "ours",
  行业指引要求: "ours",
  可能不符合: "ours",
  可能涉及: "ours",
  算不出: "ours",
  正在协商: "ours",
  要保存的证据: "ours",
};

/** Files whose bracketed lines are all words for the reader to say (the call script). */
const SPEECH_FILES = new Set(["content/templates/call-script.ts"]);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|md)$/.test(name) && !name.endsWith(".test.ts") ? [p] : [];
  });
}

const brackets = files(join(ROOT, "content")).flatMap((p) => {
  const file = relative(ROOT, p);
  const text = readFileSync(p, "utf8");
  return [...text.matchAll(/「([^」]*)」/g)].map((m) => ({ file, phrase: m[1] as string, text }));
});

/** The sources a file cites: a question page's `sources`, or the source ids a TypeScript file names. */
function citesSource(file: string, text: string, source: string): boolean {
  if (file.endsWith(".md")) {
    const listed = text.match(/^sources:\s*\[([^\]]*)\]/m)?.[1]?.split(",").map((s) => s.trim()) ?? [];
    return listed.includes(source) || text.includes(`{{source:${source}}}`);
  }
  return text.includes(`"${source}"`);
}

describe("「」 means a source's own words", () => {
  it("finds the bracketed phrases under content/", () => {
    expect(brackets.length).toBeGreaterThan(50);
  });

  it("every bracketed phrase is either quoted from a listed passage or is a name, speech, term or label of ours", () => {
    const unknown = brackets
      .filter((b) => !SPEECH_FILES.has(b.file) && !b.phrase.includes("{{"))
      .filter((b) => !(b.phrase in QUOTED) && !(b.phrase in NOT_QUOTED))
      .map((b) => `${b.file}: 「${b.phrase}」`);
    expect(unknown, "list it in QUOTED with its passage, or in NOT_QUOTED with its kind").toEqual([]);
  });

  it("no phrase is listed both as quoted and as ours", () => {
    expect(Object.keys(QUOTED).filter((p) => p in NOT_QUOTED)).toEqual([]);
  });

  it("every file that brackets a quoted phrase cites its source", () => {
    const missing = brackets
      .filter((b) => b.phrase in QUOTED && !citesSource(b.file, b.text, (QUOTED[b.phrase] as { source: string }).source))
      .map((b) => `${b.file}: 「${b.phrase}」 is ${QUOTED[b.phrase]?.source}'s, which the file does not cite`);
    expect(missing).toEqual([]);
  });

  it("every listed quotation is in use, so the list says what the pages say", () => {
    const used = new Set(brackets.map((b) => b.phrase));
    expect(Object.keys(QUOTED).filter((p) => !used.has(p))).toEqual([]);
  });

  it.skipIf(!SHARED_TEXTS).each(Object.entries(QUOTED))("「%s」 stands in its cited passage", (phrase, { source, where }) => {
    const passage = passageOf(source, where);
    expect(passage, `no passage for ${source} at "${where}"`).toBeDefined();
    expect(passage, `「${phrase}」 is not in ${source} at "${where}"`).toContain(phrase);
  });
});
