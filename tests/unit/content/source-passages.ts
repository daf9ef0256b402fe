/**
 * The passage a citation names, as text: for the five articles (../shared/seeds) the
 * section its `where` starts with, for the law texts (../shared/laws) the article
 * (第…条) it names. Tests check quoted words against the passage, not the whole page,
 * so a word that is in the article but in another section fails.
 *
 * Sections are cut by short markers (the section's own heading or first words; kept
 * well under the copy check's 20 characters). A `where` matches the section whose label
 * it starts with, the longest label first: "4.2 逾期中期" is the middle stage of 4.2,
 * "4.2、4.3" or "4.2 开头的概括" fall back to the labels given for them.
 *
 * Both folders live outside the repository; `SHARED_TEXTS` says whether they are here
 * (a fresh clone skips these tests).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const SEEDS = path.resolve(process.cwd(), "../shared/seeds");
const LAWS = path.resolve(process.cwd(), "../shared/laws");
export const SHARED_TEXTS = existsSync(SEEDS) && existsSync(LAWS);

/** Which seed file each article source was written from (content/sources.ts notes the ids). */
const SEED_OF: Record<string, string> = {
  "article-when-contacts-2025": "000_",
  "article-how-contacts-2024": "001_",
  "article-overdue-process-2025": "002_",
  "article-seven-days": "003_",
  "article-who-is-contacted": "004_",
};

/** Which law file holds each law source. */
const LAW_FILE_OF: Record<string, string> = {
  "law-civil-code-contracts": "合同编.md",
  "law-civil-code-personality": "人格权编.md",
  "law-pipl": "个人信息保护法(2021-08-20).md",
  "reg-credit-reporting": "征信业管理条例(2013-01-21).md",
  "court-private-lending-2020": "最高人民法院关于审理民间借贷案件适用法律若干问题的规定(2020-12-29).md",
  "law-public-security-penalties-2012": "治安管理处罚法(2012-10-26).md",
  "law-criminal-code": "刑法.md",
};

/** A section: the labels a `where` may start with, and where it begins and ends (end excluded; none: to the end). */
type Section = { labels: string[]; from: string; to?: string };

const SECTIONS: Record<string, Section[]> = {
  "article-when-contacts-2025": [
    { labels: ["栏目"], from: "小花", to: "一、" },
    { labels: ["3.1"], from: "\n3.1 ", to: "\n3.2 " },
    { labels: ["3.2"], from: "\n3.2 ", to: "\n四、" },
    { labels: ["4.1"], from: "\n4.1 ", to: "\n4.2 " },
    { labels: ["4.2"], from: "\n4.2 ", to: "\n4.3 " },
    { labels: ["4.2 开头"], from: "\n4.2 ", to: "1. 逾期初期" },
    { labels: ["4.2 逾期初期"], from: "1. 逾期初期", to: "2. 逾期中期" },
    { labels: ["4.2 逾期中期"], from: "2. 逾期中期", to: "3. 逾期后期" },
    { labels: ["4.2 逾期后期"], from: "3. 逾期后期", to: "\n4.3 " },
    { labels: ["4.3"], from: "\n4.3 ", to: "\n五、" },
    { labels: ["五", "5."], from: "\n五、", to: "\n六、" },
  ],
  "article-how-contacts-2024": [
    { labels: ["栏目"], from: "当前位置", to: "支付宝借呗逾期后会如何" },
    { labels: ["开头"], from: "要是需要联系紧急联系人", to: "支付宝借呗怎么查紧急联系人" },
    { labels: ["查紧急联系人"], from: "支付宝借呗怎么查紧急联系人", to: "借呗花呗逾期多久会打紧急联系人" },
    { labels: ["一"], from: "一、借呗和花呗逾期后", to: "二、什么是紧急联系人" },
    { labels: ["三"], from: "三、银行联系紧急联系人", to: "四、紧急联系人的角色" },
    { labels: ["四"], from: "四、紧急联系人的角色", to: "五、逾期后怎样避免" },
    { labels: ["五"], from: "五、逾期后怎样避免", to: "借呗要填紧急联系人吗" },
    { labels: ["读者评论"], from: "精彩评论", to: "相关资讯" },
    { labels: ["相关资讯"], from: "相关资讯", to: undefined },
  ],
  "article-overdue-process-2025": [
    { labels: ["栏目"], from: "2025行业资讯", to: "一、引言" },
    { labels: ["三、2"], from: "2. 逾期阶段划分", to: "3. 的具体步骤" },
    { labels: ["三、2.(1)"], from: "(1)逾期初期", to: "(2)逾期中期" },
    { labels: ["三、2.(2)"], from: "(2)逾期中期", to: "(3)逾期后期" },
    { labels: ["三、2.(3)"], from: "(3)逾期后期", to: "3. 的具体步骤" },
    { labels: ["三、3"], from: "3. 的具体步骤", to: "四、应对逾期的策略" },
    { labels: ["三、3.(1)"], from: "(1)启动", to: "(2) :" },
    { labels: ["三、3.(4)"], from: "(4)律师函", to: "(5)上门" },
    { labels: ["三、3.(5)"], from: "(5)上门", to: "(6)诉讼" },
    { labels: ["三、3.(6)"], from: "(6)诉讼", to: "四、应对逾期的策略" },
    { labels: ["四"], from: "四、应对逾期的策略", to: "五、结论" },
    { labels: ["评论"], from: "精彩评论", to: "声明:" },
  ],
  "article-seven-days": [
    { labels: ["催收流程"], from: "借呗逾期后的催收流程与策略", to: "那么,逾期7天会打联系人吗" },
    { labels: ["催收流程：逾期第1-3天"], from: "在逾期初期,通常是", to: "如果逾期超过3天" },
    { labels: ["催收流程：超过3天未满7天"], from: "如果逾期超过3天", to: "那么,逾期7天会打联系人吗" },
    { labels: ["逾期7天会打联系人吗"], from: "那么,逾期7天会打联系人吗", to: "影响借呗逾期7天是否打联系人的因素" },
    { labels: ["影响因素：信用记录与还款历史"], from: "信用记录与还款历史\n", to: "逾期金额大小\n" },
    { labels: ["影响因素：逾期金额大小"], from: "逾期金额大小\n", to: "与支付宝的沟通情况\n" },
    { labels: ["影响因素：与支付宝的沟通情况"], from: "与支付宝的沟通情况\n", to: "预留联系人信息的准确性和完整性\n" },
    { labels: ["影响因素：预留联系人信息的准确性和完整性"], from: "预留联系人信息的准确性和完整性\n", to: "联系联系人的方式和目的\n" },
    { labels: ["联系联系人的方式和目的"], from: "联系联系人的方式和目的\n", to: "借呗逾期的其他后果\n" },
    { labels: ["借呗逾期的其他后果", "其他后果"], from: "借呗逾期的其他后果\n", to: "应对借呗逾期的建议\n" },
  ],
  "article-who-is-contacted": [
    { labels: ["栏目"], from: "您好", to: "小編導語" },
    { labels: ["1.2"], from: "\n1.2 ", to: "\n二、" },
    { labels: ["2.1"], from: "\n2.1 ", to: "\n2.2 " },
    { labels: ["2.2"], from: "\n2.2 ", to: "\n三、" },
    { labels: ["3.1"], from: "\n3.1 ", to: "\n3.2 " },
    { labels: ["3.2"], from: "\n3.2 ", to: "\n3.3 " },
    { labels: ["3.3"], from: "\n3.3 ", to: "\n3.4 " },
    { labels: ["3.4"], from: "\n3.4 ", to: "\n3.5 " },
    { labels: ["3.5"], from: "\n3.5 ", to: "\n四、" },
    { labels: ["5.1"], from: "\n5.1 ", to: "\n5.2 " },
  ],
};

const cache = new Map<string, string>();
function read(file: string): string {
  const known = cache.get(file);
  if (known !== undefined) return known;
  const raw = readFileSync(file, "utf8");
  // 004's page carries pinyin after some characters ("會(huì)首先"); the words are quoted without it.
  // Only there: elsewhere "(1)" is a list number the markers use.
  const text = path.basename(file).startsWith(SEED_OF["article-who-is-contacted"] as string) ? raw.replace(/\([^()\u4e00-\u9fff]{1,8}\)/g, "") : raw;
  cache.set(file, text);
  return text;
}

/** The whole text of a source held in ../shared, or undefined when none is held for it. */
export function sourceText(source: string): string | undefined {
  const seed = SEED_OF[source];
  if (seed) {
    const file = readdirSync(SEEDS).find((f) => f.startsWith(seed));
    return file ? read(path.join(SEEDS, file)) : undefined;
  }
  const law = LAW_FILE_OF[source];
  return law ? read(path.join(LAWS, law)) : undefined;
}

function between(text: string, from: string, to: string | undefined): string | undefined {
  const start = text.indexOf(from);
  if (start < 0) return undefined;
  const end = to === undefined ? -1 : text.indexOf(to, start + from.length);
  return end < 0 ? (to === undefined ? text.slice(start) : undefined) : text.slice(start, end);
}

/** The numbered articles a law citation names ("第四百六十五条、第六百八十一条", "第四十二条第（五）项"). */
function lawArticles(text: string, where: string): string[] | undefined {
  const names = where.match(/第[一二三四五六七八九十百千零]+条(之[一二三四五六七八九十]+)?/g) ?? [];
  // "第六百八十一、六百八十五条": a list that shares one 条.
  const listed = where.match(/第([一二三四五六七八九十百千零、]+)条/);
  const all = new Set(names);
  if (listed?.[1]?.includes("、")) for (const n of listed[1].split("、")) all.add(`第${n}条`);
  if (all.size === 0) return undefined;
  const passages = [...all].map((name) => {
    const start = text.search(new RegExp(`(^|\\n)${name}[ 　]`));
    if (start < 0) return undefined;
    const rest = text.slice(start + 1);
    const next = rest.search(/\n第[一二三四五六七八九十百千零]+条(之[一二三四五六七八九十]+)?[ 　]/);
    return next < 0 ? rest : rest.slice(0, next);
  });
  return passages.every((p) => p !== undefined) ? (passages as string[]) : undefined;
}

/**
 * The passage `where` names in `source`, or undefined when it cannot be found (an unknown
 * section, a marker that no longer matches, a source whose text is not held).
 */
export function passageOf(source: string, where: string | undefined): string | undefined {
  const text = sourceText(source);
  if (text === undefined || !where) return undefined;
  if (LAW_FILE_OF[source]) return lawArticles(text, where)?.join("\n");
  const sections = SECTIONS[source] ?? [];
  const matches = sections
    .flatMap((s) => s.labels.filter((l) => where.startsWith(l)).map((l) => ({ label: l, s })))
    .sort((a, b) => b.label.length - a.label.length);
  const best = matches[0];
  return best ? between(text, best.s.from, best.s.to) : undefined;
}

/** Every section label of an article, for tests that check the markers still cut something. */
export function sectionsOf(source: string): { label: string; passage: string | undefined }[] {
  const text = sourceText(source) ?? "";
  return (SECTIONS[source] ?? []).map((s) => ({ label: s.labels[0] as string, passage: between(text, s.from, s.to) }));
}

export const ARTICLE_SOURCES = Object.keys(SEED_OF);
export const LAW_SOURCES = Object.keys(LAW_FILE_OF);
