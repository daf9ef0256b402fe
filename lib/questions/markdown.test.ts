import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseInline, parseMarkdown } from "@/lib/questions/markdown";

describe("question Markdown, parsed by mdast-util-from-markdown and narrowed to what the pages render", () => {
  it("reads headings, paragraphs, lists, bold, links and placeholders", () => {
    const blocks = parseMarkdown(
      "## 文章怎么说\n\n第一行\n第二行 **要点** [来源](/sources/x) 从{{band:contact-called}}起\n\n- 一\n- 二\n  续\n\n1. 甲\n2. 乙\n\n{{figures-table:contact-called}}\n",
    );
    expect(blocks).toEqual([
      { type: "heading", level: 2, children: [{ type: "text", value: "文章怎么说" }] },
      {
        type: "paragraph",
        children: [
          { type: "text", value: "第一行第二行 " },
          { type: "strong", children: [{ type: "text", value: "要点" }] },
          { type: "text", value: " " },
          { type: "link", href: "/sources/x", children: [{ type: "text", value: "来源" }] },
          { type: "text", value: " 从" },
          { type: "placeholder", placeholder: { name: "band", args: ["contact-called"], raw: "{{band:contact-called}}" } },
          { type: "text", value: "起" },
        ],
      },
      { type: "list", ordered: false, items: [[{ type: "text", value: "一" }], [{ type: "text", value: "二续" }]] },
      { type: "list", ordered: true, items: [[{ type: "text", value: "甲" }], [{ type: "text", value: "乙" }]] },
      { type: "placeholder", placeholder: { name: "figures-table", args: ["contact-called"], raw: "{{figures-table:contact-called}}" } },
    ]);
  });

  it("keeps an inline placeholder that stands alone in a paragraph inline (only tables and charts are blocks)", () => {
    expect(parseMarkdown("{{band:x}}")).toEqual([
      { type: "paragraph", children: [{ type: "placeholder", placeholder: { name: "band", args: ["x"], raw: "{{band:x}}" } }] },
    ]);
  });

  it.each([
    ["raw HTML", "<b>粗</b>"],
    ["a level-1 heading", "# 标题"],
    ["a level-4 heading", "#### 标题"],
    ["emphasis", "*斜体*"],
    ["inline code", "`code`"],
    ["a quote", "> 引用"],
    ["an image", "![图](/a.png)"],
    ["a code block", "```\nx\n```"],
    ["a rule", "---"],
    ["a list item with two paragraphs", "- 一\n\n  二"],
  ])("fails on %s instead of dropping it or rendering markup", (_, source) => {
    expect(() => parseMarkdown(source)).toThrow(/unsupported Markdown/);
  });

  it("reads a short answer as one paragraph of inlines, and refuses more", () => {
    expect(parseInline("**不用**，您不欠钱")).toEqual([
      { type: "strong", children: [{ type: "text", value: "不用" }] },
      { type: "text", value: "，您不欠钱" },
    ]);
    expect(() => parseInline("一\n\n二")).toThrow(/one paragraph/);
  });

  it("keeps every character of plain Chinese prose, whatever the line breaks inside a paragraph", () => {
    const han = fc.string({ unit: fc.constantFrom(..."逾期明白借呗花呗联系人您的还款记录天可能。，"), minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(fc.array(han, { minLength: 1, maxLength: 5 }), (lines) => {
        const [block] = parseMarkdown(lines.join("\n"));
        expect(block).toEqual({ type: "paragraph", children: [{ type: "text", value: lines.join("") }] });
      }),
    );
  });
});
