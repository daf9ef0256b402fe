import { describe, expect, it } from "vitest";
import { ruleCitations } from "@/lib/engine/in-force";
import { contactContent, content } from "@/content";
import { answerTexts } from "@/lib/emergency-contact/answer-texts";
import { citationsOf } from "@/lib/emergency-contact/contact-problems";
import { ACTION_IDS, CHANNEL_IDS, JUDGEMENT_IDS, REPLY_IDS } from "@/lib/schema/emergency-contact-ids";
import { contactPageData } from "@/lib/emergency-contact/page-data";
import { SHORT_TITLES, shortCitations } from "@/lib/emergency-contact/short-titles";

const sourceIds = new Set(content.sources.map((s) => s.id));

describe("short citation names", () => {
  it("name only registered sources, and every source the contact pages cite has one", () => {
    for (const id of Object.keys(SHORT_TITLES)) expect(sourceIds.has(id), id).toBe(true);
    const records = [...contactContent.keyPoints, ...contactContent.judgements, ...contactContent.replies, ...contactContent.channels];
    const rules = content.collectionRules.filter((r) => contactContent.ruleIds.includes(r.id));
    const cited = new Set([...records.flatMap((r) => citationsOf(r, content)), ...rules.flatMap((r) => ruleCitations(r))].map((c) => c.source));
    for (const id of cited) expect(SHORT_TITLES[id], `${id} has a short name`).toBeTruthy();
  });

  it("give one entry per source and do not repeat a place contained in a longer one", () => {
    const short = shortCitations(
      [
        { source: "law-pipl", where: "第四十四条" },
        { source: "guideline-cba-collection-2026", where: "第三人联系规则（新闻摘要）" },
        { source: "law-pipl", where: "第四十四条、第四十七条" },
        { source: "service-12378" },
        { source: "guideline-cba-collection-2026", where: "禁止行为（新闻摘要）" },
      ],
      content.sources,
    );
    expect(short).toEqual([
      { source: "law-pipl", title: "个人信息保护法", where: "第四十四条、第四十七条" },
      { source: "guideline-cba-collection-2026", title: "银行业协会催收指引", where: "第三人联系规则（新闻摘要）；禁止行为（新闻摘要）" },
      { source: "service-12378", title: "12378 热线" },
    ]);
  });

  it("fall back to the full title for a source without a short name", () => {
    expect(shortCitations([{ source: "reg-credit-reporting" }], content.sources)).toEqual([
      { source: "reg-credit-reporting", title: "征信业管理条例" },
    ]);
  });
});

describe("answerTexts (the questionnaire's answer as static JSON)", () => {
  const texts = answerTexts(contactPageData("2026-11-22", content, contactContent), content.sources);

  it("has wording for every id the tailoring can pick, each cited", () => {
    for (const id of JUDGEMENT_IDS) expect(texts.judgements[id]?.citations.length, id).toBeGreaterThan(0);
    for (const id of ACTION_IDS) expect(texts.actions[id]?.citations.length, id).toBeGreaterThan(0);
    for (const id of CHANNEL_IDS) expect(texts.channels[id]?.citations.length, id).toBeGreaterThan(0);
    for (const id of REPLY_IDS) expect(texts.replyTitles[id], id).toBeTruthy();
  });

  it("cites registered sources only, never the expired 2012 text", () => {
    const json = JSON.stringify(texts);
    for (const [, id] of json.matchAll(/"source":"([^"]+)"/g)) expect(sourceIds.has(id as string), id).toBe(true);
    expect(json).not.toContain("law-public-security-penalties-2012");
  });
});
