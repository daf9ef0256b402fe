import { describe, expect, it } from "vitest";
import { foldTraditional } from "@/lib/situation/fold-traditional";
import { readNumber } from "@/lib/situation/normalize-number";
import { readRatePercent } from "@/lib/situation/read-rate";
import { toTraditional } from "@/build/traditional/convert.mjs";

describe("input in either script, on either site", () => {
  it("folds the Traditional characters the readers look for", () => {
    expect(foldTraditional("萬分之五")).toBe("万分之五");
    expect(foldTraditional("兩萬塊錢")).toBe("两万块钱");
    expect(foldTraditional("逾期天數")).toBe("逾期天數"); // only what the readers need
  });

  it.each(["2万", "1.5万", "2万元", "３千", "20,000", "2万块钱", "500人民币", "2亿"])("reads %s and its Traditional form alike", (text) => {
    const traditional = toTraditional(text);
    expect(readNumber(traditional, "元")).toEqual(readNumber(text, "元"));
  });

  it("reads 2萬 as 20000", () => {
    expect(readNumber("2萬", "元")).toEqual({ ok: true, value: 20000 });
    expect(readNumber("2萬塊錢", "元")).toEqual({ ok: true, value: 20000 });
  });

  it.each(["万分之五", "万分之0.5", "千分之一", "百分之十八", "日利率0.05%", "约日罚息率万分之五", "年化费率为百分之二十四", "零点五‰", "两"])(
    "reads the rate %s and its Traditional form alike",
    (text) => {
      expect(readRatePercent(toTraditional(text))).toBe(readRatePercent(text));
    },
  );

  it("reads 萬分之五 as 0.05 percent", () => {
    expect(readRatePercent("萬分之五")).toBe("0.05");
    expect(readRatePercent("日罰息率萬分之五")).toBe("0.05");
  });
});
