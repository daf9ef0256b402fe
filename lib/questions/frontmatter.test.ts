import { describe, expect, it } from "vitest";
import { questionMetaSchema, splitFrontmatter } from "@/lib/questions/frontmatter";

const file = (front: string, body = "## 标题\n\n正文\n") => `---\n${front}\n---\n${body}`;
const valid = [
  "slug: sample-question",
  "question: 逾期了会怎样？",
  "short: 这是一段足够长的简短回答，用来测试。",
  "audience: borrower",
  "topic: process",
  "order: 10",
  "claims: [event:contact-called, rule:quiet-hours]",
  "sources: [article-a]",
].join("\n");

describe("question front matter, read with gray-matter and checked with zod", () => {
  it("splits the YAML block from the Markdown body", () => {
    const { fields, body } = splitFrontmatter(file(valid));
    expect(fields.claims).toEqual(["event:contact-called", "rule:quiet-hours"]);
    expect(body).toBe("## 标题\n\n正文\n");
    expect(questionMetaSchema.parse(fields).order).toBe(10);
  });

  it("reads a number-only keyword (a hotline) as text, and an empty value as absent", () => {
    const { fields } = splitFrontmatter(file(`${valid}\nkeywords: [投诉, 12378]\nprefill:`));
    const meta = questionMetaSchema.parse(fields);
    expect(meta.keywords).toEqual(["投诉", "12378"]);
    expect(meta.prefill).toBe("");
  });

  it("accepts a byte-order mark and Windows line endings", () => {
    const { fields } = splitFrontmatter(`\uFEFF${file(valid)}`.replace(/\n/g, "\r\n"));
    expect(questionMetaSchema.safeParse(fields).success).toBe(true);
  });

  it("fails without a front-matter block, on broken YAML, and on an unknown key", () => {
    expect(() => splitFrontmatter("## 没有前置信息\n")).toThrow(/missing frontmatter/);
    expect(() => splitFrontmatter(file(`${valid}\nclaims: [unclosed`))).toThrow();
    expect(questionMetaSchema.safeParse(splitFrontmatter(file(`${valid}\ncolour: blue`)).fields).success).toBe(false);
  });

  it("does not share parsed objects between calls (gray-matter caches by input otherwise)", () => {
    const a = splitFrontmatter(file(valid));
    (a.fields.claims as string[]).push("mutated");
    expect(splitFrontmatter(file(valid)).fields.claims).toEqual(["event:contact-called", "rule:quiet-hours"]);
  });
});
