// The service-worker build (build/service-worker/), on a small fixture export: one worker
// per site the export holds, each bundling browser/sw.ts with its own precache list.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeServiceWorkers } from "@/build/service-worker/workers.mjs";

function fixtureOut(files: string[]) {
  const out = mkdtempSync(join(tmpdir(), "sw-build-"));
  for (const f of files) {
    mkdirSync(join(out, f, ".."), { recursive: true });
    writeFileSync(join(out, f), `<p>${f}</p>`);
  }
  return out;
}

describe("service-worker build", () => {
  it("writes /sw.js for a Simplified-only export, with its pages and offline page", async () => {
    const out = fixtureOut(["index.html", "offline.html", "questions/x.html", "content.json"]);
    const written = await writeServiceWorkers(out);
    expect(written.map((w) => w.worker.path)).toEqual(["/sw.js"]);
    const sw = readFileSync(join(out, "sw.js"), "utf8");
    for (const url of ["/index.html", "/offline.html", "/questions/x.html", "/content.json"]) expect(sw).toContain(`"${url}"`);
    expect(sw).not.toContain("PRECACHE_MANIFEST");
  }, 30_000);

  it("writes a second worker for the Traditional site, each precaching its own site only", async () => {
    const out = fixtureOut(["index.html", "offline.html", "zh-Hant/index.html", "zh-Hant/offline.html"]);
    const written = await writeServiceWorkers(out);
    expect(written.map((w) => w.worker.path)).toEqual(["/sw.js", "/sw-zh-Hant.js"]);
    const [hans, hant] = written.map((w) => w.entries.map((e) => e.url));
    expect(hans).not.toContain("/zh-Hant/index.html");
    expect(hant).toContain("/zh-Hant/index.html");
    expect(hant).not.toContain("/index.html");
    expect(readFileSync(join(out, "sw-zh-Hant.js"), "utf8")).toContain('"/zh-Hant/offline.html"');
  }, 30_000);
});
