// 来电记录 (/call-log): a week of calls logged at phone size, the findings,
// exports read back, import that merges, complaints from the log, delete everything,
// offline after load, and the privacy promise: nothing stored until the log is turned
// on, nothing ever sent.
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import type { Page, Request } from "@playwright/test";
import Papa from "papaparse";
import { expect, test } from "./helpers/fixtures";

// On the phone project only (playwright.config.ts): the desktop size is covered by the check spec.
// Rules in force then: the national standard (2025-02-28) and the bank guideline (2026-01-30).
const NOW = new Date("2026-03-10T20:00:00+08:00");
const NOTE = "对方说明天派人来家里-7391";

type Line = { at: string; channel: string; caller?: string; contacted?: string; count?: string; flags?: string[]; notes?: string; from?: string; visitors?: string };

const WEEK: Line[] = [
  { at: "2026-03-04T23:10", channel: "电话（未接）", from: "02155550101" },
  { at: "2026-03-05T10:00", channel: "电话（未接）", count: "7", from: "02155550101" },
  { at: "2026-03-06T09:00", channel: "电话（接通了）" },
  { at: "2026-03-06T10:00", channel: "电话（接通了）" },
  { at: "2026-03-06T11:00", channel: "电话（接通了）" },
  { at: "2026-03-06T12:00", channel: "电话（接通了）" },
  { at: "2026-03-07T15:00", channel: "电话（接通了）", contacted: "家人", flags: ["向别人说出了欠款"] },
  { at: "2026-03-08T14:00", channel: "短信", flags: ["威胁、恐吓"], notes: NOTE },
  { at: "2026-03-09T16:00", channel: "上门", visitors: "1" },
];

async function axe(page: Page, state: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), `axe (${state})`).toEqual([]);
}

async function open(page: Page, hash = "") {
  await page.clock.setFixedTime(NOW);
  await page.goto(`/call-log${hash}`);
  await expect(page.getByRole("heading", { name: "记一条" })).toBeVisible();
}

async function addLine(page: Page, line: Line) {
  const form = page.getByRole("form", { name: "记一条新记录" });
  await form.getByLabel("什么时候").fill(line.at);
  await form.getByRole("radio", { name: line.channel, exact: true }).check();
  await form.getByRole("radio", { name: line.caller ?? "催收公司或律所", exact: true }).check();
  await form.getByRole("radio", { name: line.contacted ?? "我本人（借款人）", exact: true }).check();
  if (line.visitors) await form.getByLabel("上门来了几个人（选填）").fill(line.visitors);
  if (line.count || line.flags || line.notes || line.from) {
    const details = form.locator("details");
    if ((await details.getAttribute("open")) === null) await details.locator("summary").click();
    if (line.from) await form.getByLabel("来电号码或账号（选填）").fill(line.from);
    if (line.count) await form.getByLabel("这一次连着几次（选填，默认1次）").fill(line.count);
    for (const f of line.flags ?? []) await form.getByRole("checkbox", { name: f }).check();
    if (line.notes) await form.getByLabel("备注（选填）：对方说了什么").fill(line.notes);
  }
  await form.getByRole("button", { name: "记下这一条" }).click();
  await expect(page.locator("[data-status]")).toContainText(`已记下：${line.at.replace("T", " ")}`);
}

// Each test walks through a whole page state and runs axe: give it room on a busy machine.
test.describe.configure({ timeout: 90_000 });

const storedDatabases = (page: Page) => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));

test("nothing is stored until the log is turned on, and the empty page is accessible", async ({ page }) => {
  await open(page);
  await addLine(page, WEEK[0] as Line);
  await expect(page.locator("[data-entry]")).toHaveCount(1);
  await page.waitForTimeout(2000); // the idle prefetch of the storage code has run
  expect(await storedDatabases(page)).toEqual([]);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  await page.reload();
  await expect(page.getByText("还没有记录")).toBeVisible();
  await axe(page, "empty");
});

test("bad input gets a message that says what to fix, and nothing is saved", async ({ page }) => {
  await open(page);
  const form = page.getByRole("form", { name: "记一条新记录" });
  await form.getByRole("button", { name: "记下这一条" }).click();
  const alert = form.getByRole("alert");
  await expect(alert).toContainText("请选择联系方式");
  await expect(alert).toContainText("请选择是谁联系的");
  await expect(alert).toBeFocused();
  await form.getByLabel("什么时候").fill("2026-03-11T09:00");
  await form.getByRole("radio", { name: "短信", exact: true }).check();
  await form.getByRole("radio", { name: "不清楚", exact: true }).check();
  await form.locator("details summary").click();
  await form.getByLabel("这一次连着几次（选填，默认1次）").fill("500");
  await form.getByRole("button", { name: "记下这一条" }).click();
  await expect(alert).toContainText("时间不能晚于现在");
  await expect(alert).toContainText("一条记录最多记99次");
  await expect(form.getByLabel("什么时候")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("[data-entry]")).toHaveCount(0);
  await axe(page, "errors");
});

test("a week of calls: findings, reload, exports, import merge, complaint, delete everything, nothing sent", async ({ page, context, baseURL }) => {
  test.setTimeout(120_000);
  const requests: Request[] = [];
  context.on("request", (r) => requests.push(r));
  await open(page);
  await page.getByRole("button", { name: "在本机保存记录" }).click();
  await expect(page.getByRole("heading", { name: "已在本机保存" })).toBeVisible();
  for (const line of WEEK) await addLine(page, line);
  // "again, same caller": one tap, now.
  await page.getByRole("button", { name: "同一号码又来了（现在）" }).click();
  await expect(page.locator("[data-entry]")).toHaveCount(WEEK.length + 1);

  const finding = (rule: string) => page.locator(`[data-finding="${rule}"]`);
  await expect(finding("quiet-hours")).toHaveCount(1);
  await expect(finding("unanswered-calls-per-day")).toHaveCount(1);
  await expect(finding("unanswered-calls-per-day")).toContainText("共7次，超过了6次");
  await expect(finding("connected-calls-per-day")).toContainText("共4次，超过了3次");
  await expect(finding("no-debt-disclosure")).toHaveCount(1);
  await expect(finding("third-party-while-reachable")).toHaveCount(1);
  await expect(finding("no-threats-or-insults")).toContainText("法律");
  // 110 beside the threat and the one-person visit themselves, not only in the complaint.
  await expect(finding("no-threats-or-insults").locator("[data-police-finding]")).toContainText("110");
  await expect(finding("visit-two-people")).toContainText("来了1个人，少于2人");
  await expect(finding("visit-two-people").locator("[data-police-finding]")).toContainText("110");
  await expect(finding("quiet-hours").locator("[data-police-finding]")).toHaveCount(0);
  await expect(page.locator("[data-review]")).not.toContainText("《GB/T");
  await expect(finding("quiet-hours")).toContainText("行业自律规则，不是法律；是否约束借呗、花呗的放贷机构尚未核实");
  await expect(page.locator("[data-review]")).not.toContainText("违法");
  await expect(page.locator("[data-summary]")).toContainText("共16次联系（10条记录），分布在7天");
  await axe(page, "review");

  // Edit: the 10:00 call becomes 21:00, still one entry.
  await page.getByRole("button", { name: "修改 2026年3月6日 10:00 这一条" }).click();
  const edit = page.getByRole("form", { name: "修改这条记录" });
  await edit.getByLabel("什么时候").fill("2026-03-06T21:00");
  await edit.getByRole("button", { name: "保存修改" }).click();
  await expect(page.locator('[data-day="2026-03-06"] [data-entry]')).toHaveCount(4);
  await expect(page.locator('[data-day="2026-03-06"]')).toContainText("21:00");

  // Survives a reload.
  await page.reload();
  await expect(page.locator("[data-entry]")).toHaveCount(WEEK.length + 1);

  // CSV: BOM, every entry, findings in words.
  const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "导出表格（CSV）" }).click()]);
  const csv = await readFile((await csvDownload.path()) as string, "utf8");
  expect(csv.charCodeAt(0), "UTF-8 BOM for WPS/Excel").toBe(0xfeff);
  const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
  expect(rows).toHaveLength(WEEK.length + 2);
  expect(rows[0]?.[0]).toBe("日期");
  expect(rows.find((r) => r[9] === NOTE)?.[10]).toContain("可能不符合「不得威胁、辱骂」");

  // JSON: versioned document with every entry.
  const [jsonDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "导出 JSON" }).click()]);
  const jsonPath = (await jsonDownload.path()) as string;
  const doc = JSON.parse(await readFile(jsonPath, "utf8"));
  expect(doc).toMatchObject({ format: "yuqi-mingbai-call-log", version: 3, role: "borrower" });
  expect(doc.entries).toHaveLength(WEEK.length + 1);

  // Import merges: delete one, import the file, only that one comes back.
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "删除 2026年3月8日 14:00 这一条" }).click();
  await expect(page.locator("[data-entry]")).toHaveCount(WEEK.length);
  await page.getByLabel("导入之前导出的 JSON").setInputFiles(jsonPath);
  await expect(page.locator("[data-export-status]")).toContainText(`导入了1条新记录；${WEEK.length}条本机已经有了（编号相同），跳过`);
  await expect(page.locator("[data-entry]")).toHaveCount(WEEK.length + 1);
  // A file that is not ours: a clear message, nothing lost.
  await page.getByLabel("导入之前导出的 JSON").setInputFiles({ name: "x.json", mimeType: "application/json", buffer: Buffer.from('{"hello":1}') });
  await expect(page.locator("section[aria-labelledby=export]").getByRole("alert")).toContainText("不是逾期明白导出的来电记录");
  await expect(page.locator("[data-entry]")).toHaveCount(WEEK.length + 1);
  // Our own file, cut short: 「damaged」 with what could still be read, never 「not ours」.
  const full = await readFile(jsonPath, "utf8");
  const cut = full.slice(0, full.indexOf('"id"', full.indexOf('"id"') + 1) + 4);
  await page.getByLabel("导入之前导出的 JSON").setInputFiles({ name: "cut.json", mimeType: "application/json", buffer: Buffer.from(cut) });
  await expect(page.locator("[data-export-status]")).toContainText("已经损坏（可能没有完整保存或传输），只读出了1条；导入了0条新记录");
  await expect(page.locator("[data-entry]")).toHaveCount(WEEK.length + 1);

  // Complaint from the log: lender first, then 12378, and 110 for the threat and the visit.
  await page.getByRole("button", { name: "生成投诉内容" }).click();
  await expect(page.locator('[data-complaint="call-log-lender"]')).toContainText("共记下16次联系，分布在7天");
  await expect(page.locator('[data-complaint="call-log-12378"]')).toContainText("12378");
  await expect(page.locator("[data-police]")).toContainText("110");

  // Delete everything: no database is left.
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "全部删除" }).click();
  await expect(page.locator("[data-status]")).toContainText("已全部删除");
  await expect(page.locator("[data-entry]")).toHaveCount(0);
  await expect.poll(() => storedDatabases(page)).toEqual([]);
  await page.reload();
  await expect(page.getByText("还没有记录")).toBeVisible();
  expect(await storedDatabases(page)).toEqual([]);

  // Nothing left the origin, and nothing typed was in any request.
  const origin = new URL(baseURL as string).origin;
  for (const r of requests) {
    if (r.url().startsWith("data:") || r.url().startsWith("blob:")) continue;
    expect(new URL(r.url()).origin, r.url()).toBe(origin);
    expect(r.method(), r.url()).toBe("GET");
    expect(decodeURIComponent(r.url())).not.toContain("7391");
  }
  expect(await context.cookies()).toEqual([]);
});

test("works with the network off once loaded", async ({ page, context }) => {
  await open(page);
  await page.getByRole("button", { name: "在本机保存记录" }).click();
  await expect(page.getByRole("heading", { name: "已在本机保存" })).toBeVisible();
  await page.waitForTimeout(2000); // the storage and export code is fetched when the page is idle
  await context.setOffline(true);
  for (const line of WEEK.slice(0, 3)) await addLine(page, line);
  await expect(page.locator('[data-finding="unanswered-calls-per-day"]')).toHaveCount(1);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "导出表格（CSV）" }).click()]);
  expect((await readFile((await download.path()) as string, "utf8")).split("\r\n").length).toBe(5);
  await page.getByRole("button", { name: "生成投诉内容" }).click();
  await expect(page.locator('[data-complaint="call-log-lender"]')).toContainText("共记下9次联系");
  await context.setOffline(false);
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "全部删除" }).click();
  await expect.poll(() => storedDatabases(page)).toEqual([]);
});

test("the emergency contact's answers become a first entry, saved only when they say so", async ({ page }) => {
  await open(page, "#role=contact&caller=law-firm&time=day&calls=3&said=debt,visit&refused=ignored");
  const form = page.getByRole("form", { name: "记一条新记录" });
  await expect(page.getByRole("radio", { name: "被联系的亲友、同事（紧急联系人）" })).toBeChecked();
  await expect(form.getByRole("radio", { name: "催收公司或律所", exact: true })).toBeChecked();
  await expect(form.getByRole("radio", { name: "我（紧急联系人）", exact: true })).toBeChecked();
  await expect(form.getByRole("checkbox", { name: "向别人说出了欠款" })).toBeChecked();
  await expect(form.getByRole("checkbox", { name: "说过「别再联系」后还在联系" })).toBeChecked();
  // 上门 and 法院/公安 are separate answers now.
  await expect(form.getByRole("checkbox", { name: "上门了" })).toBeChecked();
  await expect(form.getByRole("checkbox", { name: "自称法院、公安或政府部门" })).not.toBeChecked();
  await expect(form.getByLabel("这一次连着几次（选填，默认1次）")).toHaveValue("3");
  expect(await storedDatabases(page)).toEqual([]);
  await form.getByLabel("什么时候").fill("2026-03-10T19:30");
  await form.getByRole("button", { name: "记下这一条" }).click();
  await expect(page.locator('[data-finding="no-debt-disclosure"]')).toHaveCount(1);
  await expect(page.locator('[data-finding="stop-when-refused"]')).toHaveCount(1);
  // The next entry starts clean: no box stays ticked, no count carried over.
  for (const box of await form.getByRole("checkbox").all()) await expect(box).not.toBeChecked();
  await expect(form.getByLabel("这一次连着几次（选填，默认1次）")).toHaveValue("");
  expect(await storedDatabases(page)).toEqual([]);

  // Her complaint speaks as herself: not the borrower, owes nothing, stop and delete; no night request for a daytime call.
  await page.getByRole("button", { name: "生成投诉内容" }).click();
  const letter = page.locator('[data-complaint="call-log-lender-third-party"] pre');
  await expect(letter).toContainText("我不是这笔借款的借款人");
  await expect(letter).toContainText("删除你们保存的我的手机号码");
  await expect(letter).not.toContainText("我的欠款");
  await expect(letter).not.toContainText("我不否认");
  await expect(letter).not.toContainText("22点");
});

test("on a phone the form starts on the first screen", async ({ page }) => {
  await open(page);
  const box = await page.getByRole("heading", { name: "记一条" }).boundingBox();
  const height = page.viewportSize()?.height ?? 0;
  expect(box && box.y + box.height).toBeLessThan(height);
  const first = await page.getByRole("form", { name: "记一条新记录" }).getByLabel("什么时候").boundingBox();
  expect(first && first.y).toBeLessThan(height);
});

test("import keeps identical calls with their own ids, restores who kept the log, and opens a version 1 file", async ({ page }) => {
  await open(page);
  const call = { at: "2026-03-09T10:00", caller: "agency", callerName: "", from: "02155550101", channel: "call-missed", contacted: "emergency-contact", count: 1, flags: [], notes: "" };
  const entries = Array.from({ length: 7 }, (_, i) => ({ ...call, id: `seven${String(i).padStart(4, "0")}` }));
  const v1 = { format: "yuqi-mingbai-call-log", version: 1, exportedAt: "2026-03-09T12:00", role: "contact", entries };
  await page.getByLabel("导入之前导出的 JSON").setInputFiles({ name: "v1.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(v1)) });
  await expect(page.locator("[data-export-status]")).toContainText("导入了7条新记录");
  await expect(page.locator("[data-export-status]")).toContainText("「您是」已按文件改为「被联系的亲友、同事」");
  await expect(page.getByRole("radio", { name: "被联系的亲友、同事（紧急联系人）" })).toBeChecked();
  await expect(page.locator("[data-entry]")).toHaveCount(7);
  await expect(page.locator('[data-finding="unanswered-calls-per-day"]')).toContainText("共7次，超过了6次");
  // A newer version: refused with its own message.
  await page.getByLabel("导入之前导出的 JSON").setInputFiles({ name: "v9.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ ...v1, version: 9 })) });
  await expect(page.locator("section[aria-labelledby=export]").getByRole("alert")).toContainText("更新版本");
});

test("a log kept since version 1 still reads after the role changes (the stored version is kept)", async ({ page }) => {
  // The store as the first version of the page left it: schema 1, meta version 1, an entry without the later fields.
  await page.goto("/help");
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open("yuqi-mingbai-call-log", 1);
        request.onupgradeneeded = () => {
          request.result.createObjectStore("meta");
          request.result.createObjectStore("entries", { keyPath: "id" });
        };
        request.onsuccess = () => {
          const tx = request.result.transaction(["meta", "entries"], "readwrite");
          tx.objectStore("meta").put({ format: "yuqi-mingbai-call-log", version: 1, role: "borrower" }, "log");
          tx.objectStore("entries").put({ id: "oldentry01", at: "2026-03-01T21:00", caller: "agency", callerName: "", from: "", channel: "call-answered", contacted: "debtor", count: 1, flags: [], notes: "第一版记下的" });
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        request.onerror = () => reject(request.error);
      }),
  );
  await open(page);
  await expect(page.locator("[data-entry]")).toHaveCount(1);
  await page.getByRole("radio", { name: "被联系的亲友、同事（紧急联系人）" }).check();
  await page.reload();
  await expect(page.getByRole("heading", { name: "记一条" })).toBeVisible();
  await expect(page.getByRole("radio", { name: "被联系的亲友、同事（紧急联系人）" })).toBeChecked();
  await expect(page.locator("[data-entry]")).toHaveCount(1);
  await expect(page.locator("[data-entry]")).toContainText("第一版记下的");
});

test("the complaint ladder: a complaint to the platform 20 days ago, reminder passed, drafts 12378 citing it, .ics, kept after reload", async ({ page }) => {
  await open(page);
  const ladder = page.locator("[data-ladder]");
  // Nothing can be recorded until saving is on.
  await expect(ladder.getByRole("form", { name: "记下一次投诉" })).toHaveCount(0);
  await page.getByRole("button", { name: "在本机保存记录" }).click();
  await expect(page.getByRole("heading", { name: "已在本机保存" })).toBeVisible();
  await addLine(page, WEEK[2] as Line);

  const form = ladder.getByRole("form", { name: "记下一次投诉" });
  await form.getByRole("button", { name: "记下这次投诉" }).click();
  await expect(form.getByText("请选择投诉的渠道。")).toBeVisible();
  await form.getByLabel("投诉的日期").fill("2026-02-18"); // 20 days before NOW
  await form.getByRole("radio", { name: "平台（支付宝「我的客服」或95188）" }).check();
  await form.getByLabel("备注（选填）：工单号、对方怎么答复").fill("工单 A-77");
  await form.getByLabel("提醒我的日期（选填）").fill("2026-02-28");
  await form.getByRole("button", { name: "记下这次投诉" }).click();
  await expect(ladder.locator("[data-ladder-status]")).toContainText("已记下2026年2月18日的投诉");

  const card = ladder.locator('[data-sent-complaint="lender"]');
  await expect(card.locator("[data-due]")).toContainText("我们收录的来源没有写明答复期限");
  await expect(card.locator("[data-due]")).toContainText("您定的提醒日期：2026年2月28日");
  const draft = card.locator('[data-draft="12378"] pre');
  await expect(draft).toContainText("我已于2026年2月18日通过平台（支付宝「我的客服」或95188）投诉（工单 A-77），到今天还没有得到答复");
  await expect(draft).not.toContainText("请说明何时");
  await expect(card.locator('[data-draft="110"]')).toHaveCount(0);

  const [ics] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: "下载日历提醒（.ics）" }).click()]);
  expect(ics.suggestedFilename()).toBe("投诉答复提醒-2026-02-28.ics");
  const text = await readFile((await ics.path()) as string, "utf8");
  expect(text).toContain("BEGIN:VCALENDAR");
  expect(text).toContain("DTSTART;VALUE=DATE:20260228");

  // The JSON export carries the complaint.
  const [json] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "导出 JSON" }).click()]);
  const doc = JSON.parse(await readFile((await json.path()) as string, "utf8")) as { version: number; complaints: { date: string; channel: string }[] };
  expect(doc.version).toBe(3);
  expect(doc.complaints).toMatchObject([{ date: "2026-02-18", channel: "lender", remindOn: "2026-02-28" }]);

  await page.reload();
  await expect(page.getByRole("heading", { name: "已在本机保存" })).toBeVisible();
  await expect(ladder.locator('[data-sent-complaint="lender"] [data-draft="12378"] pre')).toContainText("我已于2026年2月18日通过平台");
  await axe(page, "complaint ladder");

  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "全部删除" }).click();
  await expect(ladder.locator("[data-sent-complaint]")).toHaveCount(0);
});
