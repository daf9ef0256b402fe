/**
 * Issue 27: no words that judge. Someone reading may already be overdue, frightened or
 * ashamed; a line such as 「不要躲。」 speaks to them as if they were hiding, and
 * 「别让逾期发生」 to someone for whom it already happened. Every file whose text reaches a
 * reader (content, its Markdown and templates, pages, components, the engine's labels,
 * the worker's words, the suggestion script) is read as written, comments left out, and
 * fails on a short list of blaming phrasings. Say what helps and why instead.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = process.cwd();

/** Phrasings that blame or shame the reader; each has a calm way to say what helps instead. */
const BLAMING = ["不要躲", "别躲", "躲着", "躲避", "逃避", "逃债", "别让逾期发生", "不要逾期", "老赖", "赖账", "装死", "不负责任", "不讲信用", "活该"];

/** browser/: the scripts shipped as they are (the update bar's words, the Traditional suggestion). */
const SHOWN_DIRS = ["content", "app", "components", "lib", "browser"];

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(tsx?|md|json|js)$/.test(d.name) && !/\.test\.tsx?$/.test(d.name))
    .map((d) => relative(ROOT, join(d.parentPath, d.name)));
}

/** The file without its comments (block and line comments in code; Markdown is all text). */
function shownText(file: string): string {
  const text = readFileSync(join(ROOT, file), "utf8");
  if (/\.(md|json)$/.test(file)) return text;
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

function blamingPhrasings(text: string): string[] {
  return BLAMING.filter((phrase) => text.includes(phrase));
}

describe("words that judge (issue 27)", () => {
  it("the list catches the lines the issue found, and leaves calm wording alone", () => {
    expect(blamingPhrasings("不要躲。通过支付宝 App 里的「我的客服」说明原因")).toEqual(["不要躲"]);
    expect(blamingPhrasings("几篇文章给的第一条建议都是别让逾期发生")).toEqual(["别让逾期发生"]);
    expect(blamingPhrasings("您可以先开口说明情况：通过支付宝 App 里的「我的客服」讲清原因")).toEqual([]);
  });

  it("no file whose text reaches a reader uses a blaming phrasing", () => {
    const files = SHOWN_DIRS.flatMap(filesUnder);
    expect(files.filter((f) => f.endsWith(".md")).length, "the question pages are read").toBeGreaterThanOrEqual(20);
    expect(files.some((f) => f.startsWith("content/templates/")), "the templates are read").toBe(true);
    expect(files.some((f) => f.startsWith("components/")), "the components are read").toBe(true);
    const found = files.flatMap((file) => blamingPhrasings(shownText(file)).map((phrase) => `${file}: 「${phrase}」`));
    expect(found).toEqual([]);
  });
});
