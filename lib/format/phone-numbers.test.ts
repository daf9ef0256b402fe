import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contactContent, content, loadCallLogComplaints, loadQuestionFiles, loadToolkitTexts } from "@/content";
import { DIALABLE, PHONE, phoneParts } from "@/lib/format/phone-numbers";

/** Every official number the product names, dialable or not. */
const OFFICIAL = /(?<!\d)(12321|1925|[\d-]*(?:95188|12378|12356|12348|96110|18111|110|120))(?!\d)/;
const TEL_ALLOWED = new Set<string>([...DIALABLE, "01012321", "1925"]);

/** Every string in a value, however deeply nested. */
function stringsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsOf);
  return [];
}

/** String literals of the pages and components: what they render besides content. */
function sourceTexts(dir: string): string[] {
  return readdirSync(join(process.cwd(), dir), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\./.test(f))
    .flatMap((f) => [...readFileSync(join(process.cwd(), dir, f), "utf8").matchAll(/"([^"\n]*)"|>([^<>{}\n]+)</g)].map((m) => m[1] ?? m[2] ?? ""));
}

const rendered = [
  ...stringsOf(content),
  ...stringsOf(contactContent),
  ...stringsOf(loadToolkitTexts()),
  ...stringsOf(loadCallLogComplaints()),
  ...loadQuestionFiles().map((q) => q.text),
  ...sourceTexts("app"),
  ...sourceTexts("components"),
].filter((t) => OFFICIAL.test(t));

const link = (text: string) => phoneParts(text).filter((p) => p.tel).map((p) => [p.text, p.tel]);

describe("phoneParts", () => {
  it("dials exactly the numbers DIALABLE lists, and 12321 as 010-12321", () => {
    expect(PHONE.source).toContain(`(010-?12321|${DIALABLE.join("|")})`);
  });

  it("links a number standing on its own, with what to dial", () => {
    expect(link("或拨打95188说明原因")).toEqual([["95188", "95188"]]);
    expect(link("再打12378；有威胁拨110")).toEqual([["12378", "12378"], ["110", "110"]]);
    expect(link("心理援助热线12356，危险时110或120")).toEqual([["12356", "12356"], ["110", "110"], ["120", "120"]]);
  });

  it("dials 12321 only as its phone line 010-12321, never a website's or an account's digits (issue 27)", () => {
    expect(link("网站 www.12321.cn、12321 App，或微信公众号「12321举报中心」（电话010-12321主要用于咨询）")).toEqual([["010-12321", "01012321"]]);
    expect(link("网站 www.12321.cn 或 12321 App")).toEqual([]);
    expect(link("举报：12321")).toEqual([]);
  });

  it("leaves numbers inside longer digits, amounts and addresses alone", () => {
    expect(link("逾期1100元，单号951880，https://x.cn/110")).toEqual([]);
    expect(link("www.12378.gov.cn")).toEqual([]);
  });

  it("gives the text back whole, whatever it is", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom(...DIALABLE, "010-12321", "www.12321.cn", "12321", "12321 App"))), (pieces) => {
        const text = pieces.join("");
        expect(phoneParts(text).map((p) => p.text).join("")).toBe(text);
      }),
    );
  });

  it("never links the digits of a web address", () => {
    fc.assert(
      fc.property(fc.constantFrom(...DIALABLE, "12321"), fc.string(), fc.string(), (n, before, after) => {
        const parts = phoneParts(`${before}www.${n}.cn${after}`);
        // The address is never cut: its digits stay inside a plain part.
        const plain = parts.filter((p) => !p.tel).map((p) => p.text).join("\u0000");
        expect(plain).toContain(`www.${n}.cn`);
      }),
    );
  });
});

describe("every rendered text with an official number", () => {
  it("was found (the walk reads the content, templates, questions, pages and components)", () => {
    expect(rendered.length).toBeGreaterThan(20);
  });

  it.each(rendered.map((t) => [t.slice(0, 40), t]))("%s…: links only numbers to dial, each to the right number", (_, text) => {
    for (const part of phoneParts(text)) {
      if (!part.tel) continue;
      expect(TEL_ALLOWED.has(part.tel), `${part.text} → tel:${part.tel}`).toBe(true);
      if (part.text.includes("12321")) expect(part.tel).toBe("01012321");
    }
    // No website keeps a linked number inside it.
    for (const address of text.match(/(?:www\.|https?:\/\/)[\w./-]+/g) ?? []) {
      expect(phoneParts(address).every((p) => !p.tel), address).toBe(true);
    }
    // 12321 outside 010-12321 is never a link.
    const bare12321 = phoneParts(text).filter((p) => p.tel && p.tel === "12321");
    expect(bare12321).toEqual([]);
  });
});
