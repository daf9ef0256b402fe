import { describe, expect, it } from "vitest";
import { fieldSpecs, templates } from "@/content/templates";
import { content } from "@/content";
import { parseSituation, type Situation } from "@/lib/situation/parse-situation";
import { autoValues } from "@/lib/plan/auto-values";
import { blankFor, fillTemplate, inputFieldsOf, isTemplateAvailable, placeholdersOf, readInput, type Inputs } from "@/lib/plan/fill-template";
import { AUTO_FIELDS, INPUT_FIELDS } from "@/lib/schema/templates";

const TODAY = "2026-11-22";

function situation(today = TODAY): Situation {
  const r = parseSituation({ product: "jiebei", days: "20", amount: "20000", history: "occasional", contact: "silent" }, today);
  if (!r.ok) throw new Error("fixture does not parse");
  return r.situation;
}

const FULL: Required<Inputs> = {
  borrowerName: "王芳",
  phoneTail: "1234",
  lenderName: "重庆蚂蚁消费金融有限公司",
  reason: "这个月工资推迟发放",
  proposedAmount: "2000",
  proposedDate: "2026-11-29",
  contactName: "我的同事李先生",
  contactPhone: "138 0000 0000",
  requestDate: "2026-11-20",
  requestChannel: "支付宝「我的客服」在线留言",
  whatHappened: "11月21日又给我的同事打了电话",
};

const byId = (id: string) => {
  const t = templates.find((x) => x.id === id);
  if (!t) throw new Error(id);
  return t;
};

describe("every template is sound data", () => {
  const sourceIds = new Set(content.sources.map((s) => s.id));
  it.each(templates.map((t) => [t.id, t] as const))("%s uses only known fields and cites registered sources", (_, t) => {
    for (const p of placeholdersOf(t)) expect([...AUTO_FIELDS, ...INPUT_FIELDS]).toContain(p);
    for (const f of inputFieldsOf(t)) expect(fieldSpecs[f].prompt).toMatch(/^请/);
    expect(t.citations.length).toBeGreaterThan(0);
    for (const c of t.citations) expect(sourceIds).toContain(c.source);
    for (const id of t.requiresInForce) expect(sourceIds).toContain(id);
    for (const b of t.blocks) if (b.onlyIfInForce) expect(sourceIds).toContain(b.onlyIfInForce);
    expect(t.fileName).toMatch(/\.txt$/);
  });

  it("template ids are unique", () => {
    expect(new Set(templates.map((t) => t.id)).size).toBe(templates.length);
  });
});

describe("filling every template", () => {
  it.each(templates.map((t) => [t.id, t] as const))("%s with every value gives text with no placeholder left", (_, t) => {
    const r = fillTemplate(t, fieldSpecs, FULL, autoValues(situation(), TODAY), TODAY, content.sources);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text).not.toMatch(/\{\{|\}\}|undefined|null|NaN/);
    expect(r.text).toContain("借呗");
    expect(r.text.endsWith("\n")).toBe(true);
    for (const f of inputFieldsOf(t)) if (f !== "proposedAmount" && f !== "proposedDate" && f !== "requestDate" && f !== "contactPhone") expect(r.text).toContain(FULL[f]);
  });

  it.each(templates.flatMap((t) => inputFieldsOf(t).map((f) => [t.id, f] as const)))(
    "%s without %s prompts for it instead of giving text",
    (id, field) => {
      const inputs: Inputs = { ...FULL, [field]: "   " };
      const r = fillTemplate(byId(id), fieldSpecs, inputs, autoValues(situation(), TODAY), TODAY, content.sources);
      expect(r).toMatchObject({ ok: false, missing: [{ field, label: fieldSpecs[field].label, message: fieldSpecs[field].prompt }] });
    },
  );

  it("lists every missing field at once, in the order the letter uses them", () => {
    const r = fillTemplate(byId("call-script"), fieldSpecs, {}, autoValues(situation(), TODAY), TODAY, content.sources);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.missing.map((m) => m.field)).toEqual(["borrowerName", "phoneTail", "reason", "proposedDate", "proposedAmount"]);
  });

  it("drafts the whole call script at once, with a visible blank for each missing value, filled as values come", () => {
    const auto = autoValues(situation(), TODAY);
    const empty = fillTemplate(byId("call-script"), fieldSpecs, {}, auto, TODAY, content.sources);
    if (empty.ok) throw new Error("nothing was typed");
    expect(empty.draft).toContain("我是借呗的用户【您的姓名】，绑定手机尾号【账户绑定手机号的后4位】");
    expect(empty.draft).toContain("逾期是因为【逾期的原因】");
    expect(empty.draft).toContain("先还【您打算先还的金额】");
    expect(empty.draft).not.toMatch(/\{\{|\}\}|（（|））/);
    const some = fillTemplate(byId("call-script"), fieldSpecs, { borrowerName: "王芳" }, auto, TODAY, content.sources);
    if (some.ok) throw new Error("still missing some");
    expect(some.draft).toContain("我是借呗的用户王芳，绑定手机尾号【账户绑定手机号的后4位】");
  });

  it("asks for the contact's number to be deleted without claiming the contact agreed", () => {
    const r = fillTemplate(byId("stop-contact-request"), fieldSpecs, { ...FULL, contactName: "我的同事张姐", contactPhone: "13800000000" }, autoValues(situation(), TODAY), TODAY, content.sources);
    if (!r.ok) throw new Error("complete");
    expect(r.text).toContain("删除我填写的联系人号码13800000000（我的同事张姐）");
    expect(r.text).not.toMatch(/同意由我|已经知道并同意/);
  });

  it("gives every field a blank without doubled brackets", () => {
    for (const spec of Object.values(fieldSpecs)) expect(blankFor(spec.label)).toMatch(/^【[^（）【】]+】$/);
    // Every template's draft, with nothing typed: no bracket inside a bracket.
    for (const t of templates) {
      const r = fillTemplate(t, fieldSpecs, {}, autoValues(situation(), TODAY), TODAY, content.sources);
      expect(r.ok ? r.text : r.draft).not.toMatch(/（[^（）]*（|【[^】]*【/);
    }
  });

  it("fills the call script from the answers: amount, days and due date", () => {
    const r = fillTemplate(byId("call-script"), fieldSpecs, FULL, autoValues(situation(), TODAY), TODAY, content.sources);
    if (!r.ok) throw new Error();
    expect(r.text).toContain("逾期20天，欠款大约¥20,000.00");
    expect(r.text).toContain("账单2026年11月2日到期");
    expect(r.text).toContain("我能在2026年11月29日前先还¥2,000.00");
  });

  it("phrases the call script as a request, never as a right", () => {
    const r = fillTemplate(byId("call-script"), fieldSpecs, FULL, autoValues(situation(), TODAY), TODAY, content.sources);
    if (!r.ok) throw new Error();
    expect(r.text).toContain("请求");
    expect(r.text).not.toMatch(/有权|必须|依法/);
  });

  it("cites 个人信息保护法 第四十四、四十七、五十条 in the stop-contact request and the complaint", () => {
    for (const id of ["stop-contact-request", "regulator-complaint"]) {
      const r = fillTemplate(byId(id), fieldSpecs, FULL, autoValues(situation(), TODAY), TODAY, content.sources);
      if (!r.ok) throw new Error(id);
      for (const art of ["第四十四条", "第四十七条", "第五十条"]) expect(r.text).toContain(art);
      expect(byId(id).citations).toContainEqual({ source: "law-pipl", where: "第四十四条、第四十七条、第五十条" });
    }
    expect(byId("regulator-complaint").citations.map((c) => c.source)).toContain("service-12378");
  });

  it("keeps the contact's number digits only", () => {
    const r = fillTemplate(byId("stop-contact-request"), fieldSpecs, FULL, autoValues(situation(), TODAY), TODAY, content.sources);
    if (!r.ok) throw new Error();
    expect(r.text).toMatch(/联系人号码13800000000（/);
  });

  it("strips braces from typed values, so no placeholder can be forged", () => {
    const r = fillTemplate(byId("call-script"), fieldSpecs, { ...FULL, reason: "{{amount}} 加班" }, autoValues(situation(), TODAY), TODAY, content.sources);
    if (!r.ok) throw new Error();
    expect(r.text).toContain("逾期是因为amount 加班");
    expect(r.text).not.toMatch(/\{|\}/);
  });
});

describe("effective dates", () => {
  it("offers no personal-information letter before 个人信息保护法 took effect (2021-11-01)", () => {
    expect(isTemplateAvailable(byId("stop-contact-request"), "2021-10-31", content.sources)).toBe(false);
    expect(isTemplateAvailable(byId("stop-contact-request"), "2021-11-01", content.sources)).toBe(true);
    expect(isTemplateAvailable(byId("call-script"), "2021-10-31", content.sources)).toBe(true);
  });

  it("mentions the banking association's guideline only from the day it applies (2026-01-30)", () => {
    const before = "2026-01-29";
    const s = situation(before);
    const early = fillTemplate(byId("stop-contact-request"), fieldSpecs, { ...FULL, proposedDate: before, requestDate: before }, autoValues(s, before), before, content.sources);
    const late = fillTemplate(byId("stop-contact-request"), fieldSpecs, FULL, autoValues(situation(), TODAY), TODAY, content.sources);
    expect(early.ok && early.text).not.toContain("银行业协会");
    expect(late.ok && late.text).toContain("银行业协会");
  });
});

describe("reading one typed value", () => {
  const cases: [keyof typeof fieldSpecs, string, string][] = [
    ["phoneTail", "123", "4位数字"],
    ["phoneTail", "12a4", "4位数字"],
    ["contactPhone", "12", "电话号码"],
    ["proposedAmount", "0", "大于0"],
    ["proposedAmount", "1.234", "两位小数"],
    ["proposedAmount", "600万", "500万"],
    ["proposedDate", "2026-02-30", "年-月-日"],
    ["proposedDate", "2026-11-21", "不能早于今天"],
    ["requestDate", "2026-11-23", "不能晚于今天"],
    ["borrowerName", "长".repeat(61), "不超过60个字"],
  ];
  it.each(cases)("%s = %s says what to fix (%s)", (field, value, expected) => {
    const r = readInput(fieldSpecs[field], value, TODAY);
    expect(r.ok === false && r.message).toContain(expected);
  });

  it("accepts 2万, full-width digits and today's date where today is allowed", () => {
    expect(readInput(fieldSpecs.proposedAmount, "2万", TODAY)).toEqual({ ok: true, value: "¥20,000.00" });
    expect(readInput(fieldSpecs.phoneTail, "１２３４", TODAY)).toEqual({ ok: true, value: "1234" });
    expect(readInput(fieldSpecs.proposedDate, TODAY, TODAY)).toEqual({ ok: true, value: "2026年11月22日" });
    expect(readInput(fieldSpecs.requestDate, TODAY, TODAY)).toEqual({ ok: true, value: "2026年11月22日" });
  });
});
