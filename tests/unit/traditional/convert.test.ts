import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { openccOnly, toTraditional, toTraditionalSource } from "@/build/traditional/convert.mjs";
import { ALSO_TRADITIONAL, TRADITIONAL_EXCEPTIONS } from "@/build/traditional/exceptions.mjs";
import { loadContent } from "@/content";

const content = loadContent();

describe("the reviewed exceptions", () => {
  it.each(TRADITIONAL_EXCEPTIONS)("$simplified: the converter still writes $wrong, the build writes $right", ({ simplified, wrong, right }) => {
    expect(openccOnly(simplified)).toContain(wrong);
    expect(toTraditional(simplified)).toContain(right);
    expect(toTraditional(simplified)).not.toContain(wrong);
    // The fix is itself Traditional: converting it again changes nothing.
    expect(toTraditional(right)).toBe(right);
  });

  it("fixes the words in the sentences the site uses", () => {
    expect(toTraditional("联系人没有签保证合同")).toBe("聯繫人沒有簽保證合同");
    expect(toTraditional("也不要签任何东西")).toBe("也不要簽任何東西");
    expect(toTraditional("标签")).toBe("標籤");
  });

  it.each(ALSO_TRADITIONAL)("$char is kept in Traditional text ($example)", ({ char, example }) => {
    expect(example).toContain(char);
    expect(openccOnly(example)).not.toBe(example); // why it is listed: a second pass would change it
  });
});

describe("names that must stay recognisable", () => {
  it.each([
    ["借呗", "借唄"],
    ["花呗", "花唄"],
    ["蚂蚁借呗", "螞蟻借唄"],
    ["支付宝", "支付寶"],
    ["蚂蚁消费金融公司", "螞蟻消費金融公司"],
    ["中国人民银行征信中心", "中國人民銀行徵信中心"],
    ["12378 金融消费者投诉热线", "12378 金融消費者投訴熱線"],
    ["12321 网络不良与垃圾信息举报受理中心", "12321 網絡不良與垃圾信息舉報受理中心"],
    ["110 报警电话与 96110 反诈预警劝阻专线", "110 報警電話與 96110 反詐預警勸阻專線"],
    ["支付宝官方客服：App 内「我的客服」，电话 95188", "支付寶官方客服：App 內「我的客服」，電話 95188"],
    ["中华人民共和国个人信息保护法", "中華人民共和國個人信息保護法"],
    ["GB/T 45251—2025《互联网金融 个人网络消费信贷 贷后催收风控指引》", "GB/T 45251—2025《互聯網金融 個人網絡消費信貸 貸後催收風控指引》"],
    ["最高人民法院关于审理民间借贷案件适用法律若干问题的规定（2020年第二次修正）", "最高人民法院關於審理民間借貸案件適用法律若干問題的規定（2020年第二次修正）"],
    ["法发〔2017〕22号", "法發〔2017〕22號"],
  ])("%s → %s", (simplified, traditional) => {
    expect(toTraditional(simplified)).toBe(traditional);
  });

  it("keeps mainland vocabulary: characters change, words do not", () => {
    // Not 資訊, 網路, 簡訊, 軟體, 帳號, 行動電話: those would be Taiwanese vocabulary.
    expect(toTraditional("个人信息")).toBe("個人信息");
    expect(toTraditional("网络")).toBe("網絡");
    expect(toTraditional("短信")).toBe("短信");
    expect(toTraditional("软件")).toBe("軟件");
    expect(toTraditional("账号")).toBe("賬號");
    expect(toTraditional("手机")).toBe("手機");
  });

  it("every source title keeps its figures, Latin letters and punctuation, and is fully converted", () => {
    for (const { title } of content.sources) {
      const out = toTraditional(title);
      expect(out.replace(/[\u3400-\u9fff]/g, "")).toBe(title.replace(/[\u3400-\u9fff]/g, ""));
      expect(toTraditional(out)).toBe(out);
    }
  });

  it("text without Chinese characters passes through unchanged (numbers, dates, URLs, code)", () => {
    fc.assert(fc.property(fc.string(), (s) => toTraditional(s) === s));
    // Character by character: a converted text is as long as its source.
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (s) => [...toTraditional(s)].length === [...s].length));
  });
});

describe("source files", () => {
  it("converts line by line, leaving lines marked hant-keep and files marked hant-keep-file", () => {
    expect(toTraditionalSource('const a = "逾期后";\nconst b = "万"; // hant-keep\n')).toBe('const a = "逾期後";\nconst b = "万"; // hant-keep\n');
    const kept = '// hant-keep-file\nconst c = "万分之";\n';
    expect(toTraditionalSource(kept)).toBe(kept);
  });
});
