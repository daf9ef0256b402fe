// The names in build/site/own-scripts.cjs are the ones everything else uses: the sites
// the routes know, the worker each page's registration script asks for, and the update
// bar's file the registration imports.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { afterAll, describe, expect, it } from "vitest";
import { TRADITIONAL_BASE as APP_TRADITIONAL_BASE } from "../../../lib/script/site-script";
import { ownScriptsOn, REGISTRATION_PATH, SERVICE_WORKER_PATHS, SERVICE_WORKERS, SUGGESTION_PATH, UPDATE_NOTICE_PATH } from "../../../build/site/own-scripts.cjs";
import { SITE_BASES, TRADITIONAL_BASE } from "../../../build/site/routes.cjs";
import { SERVICE_WORKER_PATHS as uncachedWorkers } from "../../../build/site/security-headers.cjs";
import { writeRegistrationScript } from "../../../build/steps/worker-registration.mjs";

const dir = mkdtempSync(join(tmpdir(), "own-scripts-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Runs the built registration script for a page at `pathname`, controlled by the worker at
 * `controller` (null: none) while the worker at `waiting` waits; returns what it registered and imported.
 */
async function registrationOn(pathname: string, controller: string | null, waitingWorker: string) {
  const registered: [string, { scope: string }][] = [];
  const imported: string[] = [];
  const code = readFileSync(join(dir, REGISTRATION_PATH.slice(1)), "utf8").replace(/\bimport\(/g, "__import(");
  const origin = "https://example.org";
  const waiting = { scriptURL: `${origin}${waitingWorker}` };
  const sandbox = {
    location: { pathname },
    addEventListener: (_type: string, run: () => void) => run(),
    navigator: {
      serviceWorker: {
        controller: controller === null ? null : { scriptURL: `${origin}${controller}` },
        register: (url: string, options: { scope: string }) => {
          registered.push([url, options]);
          return Promise.resolve({ waiting });
        },
      },
    },
    __import: (name: string) => {
      imported.push(name);
      return Promise.resolve({ offer: () => undefined });
    },
  };
  runInNewContext(code, sandbox);
  await new Promise((r) => setTimeout(r, 0));
  return { registered, imported };
}

describe("our own files' names", () => {
  it("one worker per site the routes know, each served uncached", () => {
    expect(SERVICE_WORKERS.map((w) => w.base)).toEqual(SITE_BASES);
    expect(SERVICE_WORKERS.map((w) => w.base)).toContain(APP_TRADITIONAL_BASE);
    expect(TRADITIONAL_BASE).toBe(APP_TRADITIONAL_BASE);
    expect(uncachedWorkers).toEqual(SERVICE_WORKER_PATHS);
    expect(SERVICE_WORKER_PATHS).toEqual(SERVICE_WORKERS.map((w) => w.path));
  });

  it("a page's registration asks for its own site's worker with that site's scope, and imports the update bar by its name", async () => {
    await writeRegistrationScript(dir);
    for (const worker of SERVICE_WORKERS) {
      for (const page of [worker.base || "/", `${worker.base}/questions/sued`]) {
        const { registered, imported } = await registrationOn(page, worker.path, worker.path);
        expect(registered, page).toEqual([[worker.path, { scope: worker.scope }]]);
        expect(imported, page).toEqual([UPDATE_NOTICE_PATH]);
      }
    }
    const notice = readFileSync(join(dir, UPDATE_NOTICE_PATH.slice(1)), "utf8");
    expect(notice).toMatch(/export\s*\{/);
    // One file for both sites: its words in both scripts, chosen by the page's lang.
    for (const words of ["已更新，刷新即可看到新内容。", "已更新，刷新即可看到新內容。", "稍后", "稍後"]) expect(notice).toContain(words);
    expect(notice).toContain('"zh-Hant"');
  });

  it("no update bar unless a new build of the worker that controls the page waits (issue 27)", async () => {
    await writeRegistrationScript(dir);
    const [simplified, traditional] = SERVICE_WORKERS as [(typeof SERVICE_WORKERS)[number], (typeof SERVICE_WORKERS)[number]];
    // A first visit that switched script: the Traditional page is still under /sw.js while its own worker installs.
    expect((await registrationOn(traditional.base, simplified.path, traditional.path)).imported).toEqual([]);
    // A first visit: nothing controls the page yet.
    expect((await registrationOn("/", null, simplified.path)).imported).toEqual([]);
    // A new build of the page's own worker.
    expect((await registrationOn(traditional.base, traditional.path, traditional.path)).imported).toEqual([UPDATE_NOTICE_PATH]);
  });

  it("the Simplified site's pages carry the suggestion too, the Traditional site's do not", () => {
    expect(ownScriptsOn("")).toEqual([REGISTRATION_PATH, SUGGESTION_PATH]);
    expect(ownScriptsOn(TRADITIONAL_BASE)).toEqual([REGISTRATION_PATH]);
  });
});
