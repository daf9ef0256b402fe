import { describe, expect, it } from "vitest";
import { content, loadSeveralDebtsContent } from "@/content";
import { findSeveralDebtsProblems } from "@/lib/content/several-debts-problems";

describe("the several-debts texts", () => {
  it("are valid and cite sources that exist", () => {
    expect(findSeveralDebtsProblems(loadSeveralDebtsContent(), content)).toEqual([]);
  });

  it("a text without a citation, or citing an unknown source, is reported", () => {
    const texts = loadSeveralDebtsContent();
    const uncited = { ...texts, collateral: { ...texts.collateral, citations: [] } };
    expect(findSeveralDebtsProblems(uncited, content).join("\n")).toMatch(/collateral\.citations/);
    const unknown = { ...texts, noOrder: { ...texts.noOrder, citations: [{ source: "no-such-source" }] } };
    expect(findSeveralDebtsProblems(unknown, content)).toEqual(["several-debts noOrder.citations.0 cites unknown source no-such-source"]);
  });

  it("say what 第一百九十六条 requires for credit cards, and state no order of repayment", () => {
    const texts = loadSeveralDebtsContent();
    expect(texts.kindRisks.card.text).toMatch(/以非法占有为目的/);
    expect(texts.kindRisks.card.text).toMatch(/催收后仍不归还/);
    expect(texts.kindRisks.card.citations).toContainEqual({ source: "law-criminal-code", where: "第一百九十六条第二款" });
    const all = JSON.stringify(texts);
    expect(all).not.toMatch(/先还(利率|费率|金额|小|大|高|贵)/);
  });
});
