/**
 * Finding a question in the asker's own words (issue 22): 「借呗逾期12天会打电话给家人吗」
 * should find the page about when emergency contacts are called, though none of its
 * words is in that page's title as typed.
 *
 * Pure and small, because the query side runs in the browser on /questions. Hand-written:
 * general search libraries (MiniSearch, FlexSearch, Fuse) split words on spaces, which
 * Chinese does not have, and a Chinese segmenter with its dictionary would cost the page
 * far more than its JavaScript budget allows. What this needs is a short list of this
 * site's own words, which this file holds:
 *
 * 1. `normalize`: half-width, lower case, no spaces or punctuation.
 * 2. `tokenize`: longest match first against the synonyms (folded to one term), the
 *    site's vocabulary (every question's keywords, passed in) and the filler words
 *    (dropped); a number of days stands for "how long" (and 7天/30天/90天 for the pages
 *    about them); what is left is kept as runs of characters.
 * 3. `buildSearchIndex` (at build time): each page's terms from its question and keywords
 *    (strong) and its short answer (weak), and each term's weight: rarer terms count more.
 * 4. `searchQuestions`: pages ranked by the weight of the meaningful terms they share
 *    with the query; pairs of characters from the leftover runs catch typos and words
 *    outside the vocabulary, weakly.
 */
import { halfWidth } from "@/lib/text/half-width";

/** Each group of words a person might use, folded to the first, which is the term the index knows. */
export const SYNONYMS: readonly (readonly string[])[] = [
  ["借呗", "花呗", "支付宝", "蚂蚁", "借被", "借贝", "接呗", "花被", "花贝", "网贷"],
  ["紧急联系人", "紧急联络人", "紧急联系", "联系人", "联络人", "家人", "家里人", "家里", "父母", "爸妈", "爸爸", "妈妈", "老爸", "老妈", "亲人", "亲戚", "家属", "老婆", "老公", "连系人"],
  ["联系", "打电话给", "打电话", "接到电话", "打给", "打到", "打过去", "来电", "联络", "连系", "通知", "找上"],
  ["方式", "怎么联系", "怎样联系", "如何联系", "用什么方式", "短信", "发短信", "微信"],
  ["填写", "要填", "必须填", "填"],
  ["多久", "几天", "多少天", "多长时间", "什么时候", "何时", "哪天", "多少时间"],
  ["起诉", "被告", "告我", "打官司", "上法院", "法院", "诉讼", "立案"],
  ["坐牢", "判刑", "抓人", "拘留", "犯罪", "刑事", "进监狱"],
  ["征信", "信用报告", "黑名单", "人行", "央行", "信用记录", "征心"],
  ["罚息", "利息", "滞纳金", "违约金", "逾期费"],
  ["协商", "商量", "谈判"],
  ["分期", "延期", "分期还", "延期还款", "停息挂账", "晚点还"],
  ["上门", "家访", "外访", "找到家里", "来家里", "到家里"],
  ["通讯录", "爆通讯录", "通讯录好友"],
  ["律师函", "律师信", "催告函"],
  ["还钱", "替他还", "帮他还", "代还", "替还"],
  ["透露", "告诉", "说出去", "泄露"],
  ["金额", "欠了多少", "欠多少", "多少钱"],
  ["家人知道", "家里知道", "父母知道", "爸妈知道"],
  ["消除", "删掉", "删除", "洗白", "抹掉"],
  ["修改", "更改", "改成", "换掉"],
  ["骚扰", "轰炸", "天天打", "一直打", "不停地打"],
  ["七天", "7天", "一周", "一个星期", "一星期"],
  ["一个月", "30天", "满月"],
  ["三个月", "90天", "九十天"],
];

/** Words that carry no meaning for finding a page: dropped, unless nothing else is left. */
export const FILLER: readonly string[] = [
  "会不会", "能不能", "是不是", "有没有", "怎么办", "怎么样", "咋办", "怎么", "怎样", "如何", "请问",
  "已经", "现在", "如果", "真的", "逾期", "没还", "一下", "我的", "你们", "是否", "可以",
  "吗", "呢", "吧", "啊", "呀", "嘛", "会", "能", "我", "的", "了", "要", "还", "就", "被", "给", "都", "他", "她",
];

/** What the query and every page are compared as: half-width, lower case, no spaces or punctuation. */
export function normalize(text: string): string {
  return halfWidth(text, "all")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, "");
}

export type Tokens = {
  /** Meaningful terms: canonical synonyms and vocabulary words. */
  terms: string[];
  /** Runs of characters that matched nothing (typos, words outside the vocabulary). */
  rest: string[];
  /** Whether filler was dropped (so a query of filler alone can be read with it). */
  filler: string[];
};

type Dictionary = Map<string, { kind: "term" | "filler"; term: string }>;

/** The dictionary tokenize matches against: synonyms (to their first word), the vocabulary, the filler. */
export function makeDictionary(vocabulary: readonly string[]): Dictionary {
  const dict: Dictionary = new Map();
  for (const word of vocabulary) {
    const w = normalize(word);
    if (w) dict.set(w, { kind: "term", term: w });
  }
  for (const group of SYNONYMS) for (const w of group) dict.set(w, { kind: "term", term: group[0] as string });
  // Filler last: a page's keyword 「怎么办」 is still filler in a question.
  for (const f of FILLER) dict.set(f, { kind: "filler", term: f });
  return dict;
}

const DAYS = /^\d+(天|日|号)/;

/** The text cut into terms, filler and leftover runs, longest dictionary match first. */
export function tokenize(text: string, dict: Dictionary, longest = 6): Tokens {
  const s = normalize(text);
  const out: Tokens = { terms: [], rest: [], filler: [] };
  let run = "";
  const flush = () => {
    if (run) out.rest.push(run);
    run = "";
  };
  for (let i = 0; i < s.length; ) {
    const days = DAYS.exec(s.slice(i));
    if (days) {
      flush();
      const known = dict.get(days[0]);
      out.terms.push(known?.kind === "term" ? known.term : "多久");
      i += days[0].length;
      continue;
    }
    let hit: { kind: "term" | "filler"; term: string } | undefined;
    let len = Math.min(longest, s.length - i);
    for (; len > 0; len--) {
      hit = dict.get(s.slice(i, i + len));
      if (hit) break;
    }
    if (hit) {
      flush();
      (hit.kind === "term" ? out.terms : out.filler).push(hit.term);
      i += len;
    } else {
      run += s[i];
      i += 1;
    }
  }
  flush();
  return out;
}

/** Pairs of neighbouring characters in each leftover run: what catches a typo. */
export function bigrams(runs: readonly string[]): string[] {
  const out = new Set<string>();
  for (const r of runs) for (let i = 0; i + 1 < r.length; i++) out.add(r.slice(i, i + 2));
  return [...out];
}

/** Terms that tie a page to one moment: such a page loses a little when the query names no moment. */
const MOMENTS = new Set(["七天", "一个月", "三个月"]);

export type SearchDoc = { slug: string; question: string; keywords: readonly string[]; short: string };
export type IndexedDoc = { slug: string; strong: string[]; weak: string[]; text: string };
export type SearchIndex = { vocabulary: string[]; weights: Record<string, number>; docs: IndexedDoc[] };

/** At build time: each page's terms and each term's weight (rarer terms count more). */
export function buildSearchIndex(pages: readonly SearchDoc[]): SearchIndex {
  const vocabulary = [...new Set(pages.flatMap((p) => p.keywords.map(normalize)))].filter(Boolean).sort();
  const dict = makeDictionary(vocabulary);
  const docs = pages.map((p) => {
    const strong = [...new Set(tokenize(`${p.question} ${p.keywords.join(" ")}`, dict).terms)];
    const weak = [...new Set(tokenize(p.short, dict).terms)].filter((t) => !strong.includes(t));
    return { slug: p.slug, strong, weak, text: normalize(`${p.question}${p.keywords.join("")}`) };
  });
  const weights: Record<string, number> = {};
  for (const d of docs) for (const t of [...d.strong, ...d.weak]) weights[t] = (weights[t] ?? 0) + 1;
  for (const t of Object.keys(weights)) weights[t] = Math.round(Math.log(1 + docs.length / (weights[t] as number)) * 100) / 100;
  return { vocabulary, weights, docs };
}

export type SearchHit = { slug: string; score: number };

/**
 * Pages for a query, best first: each shared term counts its weight (twice when the page's
 * question or keywords have it); leftover pairs of characters count a little, and only when
 * at least two of them agree, so one common pair does not pull in unrelated pages. Pages
 * scoring under a quarter of the best are left out. Ties keep the library's order.
 */
export function searchQuestions(index: SearchIndex, query: string, dict: Dictionary = makeDictionary(index.vocabulary)): SearchHit[] {
  const tokens = tokenize(query, dict);
  const terms = new Set(tokens.terms);
  const pairs = bigrams(tokens.rest);
  // A query of filler alone (「逾期了怎么办」) is read with its filler, word for word.
  const fillerOnly = terms.size === 0 ? tokens.filler.filter((f) => f.length > 1) : [];
  if (terms.size === 0 && pairs.length === 0 && fillerOnly.length === 0) return [];
  const scored = index.docs.map((d, order) => {
    let score = 0;
    for (const t of terms) {
      const w = index.weights[t] ?? 1;
      if (d.strong.includes(t)) score += 2 * w;
      else if (d.weak.includes(t)) score += w;
    }
    // A page about one moment (7天, 一个月, 三个月) answers a question about that moment.
    for (const t of d.strong) if (MOMENTS.has(t) && !terms.has(t)) score -= 0.5;
    for (const f of fillerOnly) if (d.text.includes(f)) score += 1;
    const shared = pairs.filter((p) => d.text.includes(p)).length;
    if (shared >= 2 || (shared === 1 && pairs.length === 1)) score += shared * 0.5;
    return { slug: d.slug, score, order };
  });
  const best = Math.max(...scored.map((s) => s.score));
  if (best <= 0) return [];
  return scored
    .filter((s) => s.score > 0 && s.score >= best / 4)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ slug, score }) => ({ slug, score }));
}
