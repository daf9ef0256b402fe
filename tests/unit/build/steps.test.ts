// Each post-build step (build/steps/) on the small fixture export, and the order
// build/postbuild.mjs runs them in, without building the site.
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes } from "@/build/lib/html.mjs";
import { runSteps, STEPS } from "@/build/postbuild.mjs";
import { REGISTRATION_PATH, SUGGESTION_PATH } from "@/build/site/own-scripts.cjs";
import { checkReadingPages } from "@/build/steps/check-reading-pages.mjs";
import { COMPILE_HINT, compileHints } from "@/build/steps/compile-hints.mjs";
import { cspMeta } from "@/build/steps/csp-meta.mjs";
import { deployConfigs } from "@/build/steps/deploy-configs.mjs";
import { dropDuplicate404 } from "@/build/steps/drop-duplicate-404.mjs";
import { islands } from "@/build/steps/islands.mjs";
import { readPages, writePages } from "@/build/steps/pages.mjs";
import { precompressSite } from "@/build/steps/precompress.mjs";
import { refuseSymlinks } from "@/build/steps/refuse-symlinks.mjs";
import type { Site, Step } from "@/build/steps/site.mjs";
import { stripReadingScripts } from "@/build/steps/strip-reading-scripts.mjs";
import { suggestTraditional } from "@/build/steps/traditional-suggestion.mjs";
import { linkTraditionalTwins } from "@/build/steps/traditional-twins.mjs";
import { registerWorker } from "@/build/steps/worker-registration.mjs";
import { BIG_SCRIPT, FILES, fixtureSite, INLINE_BOOTSTRAP, NEXT_SCRIPT, SMALL_SCRIPT, snapshot } from "./fixture-site";

const pageOf = (site: Site, path: string) => {
  const page = site.pages.find((p) => p.path === path);
  if (!page) throw new Error(`no page ${path}`);
  return page;
};
const cspOf = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\/>/.exec(html)?.[1]?.replace(/&#x27;|&apos;/g, "'");
const scriptSrc = (csp: string | undefined) => csp?.split("; ").find((d) => d.startsWith("script-src"));

async function run(site: Site, steps: Step[]) {
  for (const step of steps) await step.run(site);
  return site;
}

describe("post-build steps, one by one", () => {
  it("read-pages: every HTML file, its URL path and kind, without an old CSP meta tag", async () => {
    const site = fixtureSite();
    writeFileSync(join(site.outDir, "index.html"), readFileSync(join(site.outDir, "index.html"), "utf8").replace("<title>", '<meta http-equiv="Content-Security-Policy" content="old"/><title>'));
    await run(site, [readPages]);
    expect(site.pages.map((p) => [p.file, p.path, p.reading])).toEqual([
      ["404.html", "/404", true],
      ["_not-found.html", "/_not-found", false],
      ["index.html", "/", false],
      ["questions/x.html", "/questions/x", true],
      ["zh-Hant/questions/x.html", "/zh-Hant/questions/x", true],
    ]);
    expect(pageOf(site, "/").html).not.toContain("Content-Security-Policy");
    expect((await run(fixtureSite({ withRoutes: false }), [readPages])).pages.every((p) => !p.reading)).toBe(true);
  });

  it("drop-duplicate-404: Next's _not-found copy goes, 404.html stays", async () => {
    const site = await run(fixtureSite(), [dropDuplicate404]);
    expect(existsSync(join(site.outDir, "_not-found.html"))).toBe(false);
    expect(existsSync(join(site.outDir, "_not-found"))).toBe(false);
    expect(existsSync(join(site.outDir, "404.html"))).toBe(true);
  });

  it("refuse-symlinks: a symlink in the site is a problem", async () => {
    const site = fixtureSite();
    expect((await run(site, [refuseSymlinks])).problems).toEqual([]);
    symlinkSync(join(site.outDir, "index.html"), join(site.outDir, "link.html"));
    expect((await run(site, [refuseSymlinks])).problems).toEqual([expect.stringMatching(/link\.html is a symlink/)]);
  });

  it("strip-reading-scripts: reading pages lose scripts and script preloads, keep data blocks; app pages keep everything", async () => {
    const site = await run(fixtureSite(), [readPages, stripReadingScripts]);
    const reading = pageOf(site, "/questions/x").html;
    expect(reading).not.toContain("<script src=");
    expect(reading).not.toContain('rel="preload" as="script"');
    expect(reading).not.toContain(INLINE_BOOTSTRAP);
    expect(reading).toContain('<script type="application/ld+json">');
    expect(pageOf(site, "/").html).toContain(INLINE_BOOTSTRAP);
    expect(site.problems).toEqual([]);
  });

  it("link-Traditional-twins: the 繁/简 link and hreflang alternates point at the page's twin", async () => {
    const site = await run(fixtureSite(), [readPages, linkTraditionalTwins]);
    expect(pageOf(site, "/questions/x").html).toContain('<a href="/zh-Hant/questions/x" data-script-switch=""');
    expect(pageOf(site, "/zh-Hant/questions/x").html).toContain('<a href="/questions/x" data-script-switch=""');
    expect(pageOf(site, "/questions/x").html).toMatch(/<link rel="alternate" hrefLang="zh-Hant" href="[^"]*\/zh-Hant\/questions\/x"\/>/);
  });

  it("islands: an interactive page loses Next's scripts and keeps its island module; Next's files and router data leave the site", async () => {
    const site = await run(fixtureSite(), [dropDuplicate404, readPages, islands]);
    expect(site.problems).toEqual([]);
    const home = pageOf(site, "/");
    expect(home.islands).toBe(true);
    expect(home.html).not.toContain(INLINE_BOOTSTRAP);
    expect(home.html).not.toContain(NEXT_SCRIPT);
    expect(home.html).toContain(`<link rel="modulepreload" href="/${BIG_SCRIPT}"/><script type="module" src="/${SMALL_SCRIPT}"></script></head>`);
    expect(existsSync(join(site.outDir, NEXT_SCRIPT))).toBe(false);
    expect(existsSync(join(site.outDir, "index.txt"))).toBe(false);
    expect(existsSync(join(site.outDir, BIG_SCRIPT))).toBe(true);
  });

  it("islands: a listed interactive page with no island fails the build", async () => {
    const files = { ...FILES, "index.html": FILES["questions/x.html"] ?? "" };
    const site = fixtureSite({ files });
    // The source is there (no page needs a bundle, so nothing is bundled).
    mkdirSync(join(site.appRoot, "islands"));
    writeFileSync(join(site.appRoot, "islands", "components.json"), "{}");
    await run(site, [dropDuplicate404, readPages, islands]);
    expect(site.problems.join("\n")).toMatch(/^\/ is listed as an interactive page \(kind app\) but has no island/);
  });

  it("worker-registration: every page gets the registration script once, and it is written to the site", async () => {
    const site = await run(fixtureSite(), [readPages, registerWorker, registerWorker]);
    for (const page of site.pages) expect(page.html.split(`src="${REGISTRATION_PATH}"`).length - 1).toBe(1);
    expect(readFileSync(join(site.outDir, REGISTRATION_PATH.slice(1)), "utf8")).toContain("serviceWorker");
  });

  it("compile-hints: the big start-up script of a page that keeps its scripts is marked, once; the small one is not", async () => {
    const site = await run(fixtureSite(), [readPages, stripReadingScripts, compileHints]);
    expect(await compileHints.run(site)).toBe("compile hints on 0 script(s) (1 already)");
    expect(readFileSync(join(site.outDir, BIG_SCRIPT), "utf8").startsWith(COMPILE_HINT)).toBe(true);
    expect(readFileSync(join(site.outDir, BIG_SCRIPT), "utf8").indexOf(COMPILE_HINT, 1)).toBe(-1);
    expect(readFileSync(join(site.outDir, SMALL_SCRIPT), "utf8").startsWith(COMPILE_HINT)).toBe(false);
  });

  it("suggest-Traditional: Simplified pages only, and the script is written", async () => {
    const site = await run(fixtureSite(), [readPages, suggestTraditional]);
    expect(pageOf(site, "/questions/x").html).toContain(`<script src="${SUGGESTION_PATH}" defer=""></script></head>`);
    expect(pageOf(site, "/zh-Hant/questions/x").html).not.toContain(SUGGESTION_PATH);
    expect(existsSync(join(site.outDir, SUGGESTION_PATH.slice(1)))).toBe(true);
  });

  it("CSP meta: an app page's policy hashes exactly its inline scripts; a reading page's allows 'self' and no inline script", async () => {
    const site = await run(fixtureSite(), [readPages, stripReadingScripts, cspMeta]);
    const app = pageOf(site, "/").html;
    const [hash] = inlineScriptHashes(app);
    expect(scriptSrc(cspOf(app))).toBe(`script-src 'self' 'sha256-${hash}'`);
    expect(app.indexOf("Content-Security-Policy")).toBeLessThan(app.indexOf("<title>"));
    expect(scriptSrc(cspOf(pageOf(site, "/questions/x").html))).toBe("script-src 'self'");
  });

  it("CSP meta: an inline event handler is a problem, since no hash can allow it", async () => {
    const site = await run(fixtureSite(), [readPages]);
    pageOf(site, "/").html = pageOf(site, "/").html.replace("<main>", '<main onclick="go()">');
    await cspMeta.run(site);
    expect(site.problems).toEqual(["/: inline event handlers (onclick) cannot be allowed by a hash"]);
  });

  it("write-pages: the pages as the steps left them", async () => {
    const site = await run(fixtureSite(), [readPages]);
    pageOf(site, "/").html = "<p>changed</p>";
    await writePages.run(site);
    expect(readFileSync(join(site.outDir, "index.html"), "utf8")).toBe("<p>changed</p>");
  });

  it("deploy-configs: out/_headers always; deploy/nginx/site.conf only for the project itself", async () => {
    const site = await run(fixtureSite(), [deployConfigs]);
    expect(readFileSync(join(site.outDir, "_headers"), "utf8")).toContain("Content-Security-Policy");
    expect(existsSync(join(site.appRoot, "deploy"))).toBe(false);
    mkdirSync(join(site.appRoot, "deploy", "nginx"), { recursive: true });
    await deployConfigs.run({ ...site, isProject: true });
    expect(readFileSync(join(site.appRoot, "deploy", "nginx", "site.conf"), "utf8")).toContain("add_header");
  });

  it("precompress: a .br and a .gz beside every text file, with the same bytes", async () => {
    const site = await run(fixtureSite(), [precompressSite]);
    const file = join(site.outDir, "index.html");
    expect(brotliDecompressSync(readFileSync(`${file}.br`))).toEqual(readFileSync(file));
    expect(gunzipSync(readFileSync(`${file}.gz`))).toEqual(readFileSync(file));
    expect(existsSync(join(site.outDir, "content.json.gz"))).toBe(true);
  });
});

describe("check-reading-pages", () => {
  it("a reading page that renders a client component is a problem naming the chain", async () => {
    const site = fixtureSite();
    const app = (f: string, text: string) => {
      mkdirSync(join(site.appRoot, "app", f, ".."), { recursive: true });
      writeFileSync(join(site.appRoot, "app", f), text);
    };
    app("layout.tsx", "export default function L({ children }: { children: unknown }) { return children; }\n");
    app("help/page.tsx", 'import Button from "./button";\nexport default function P() { return Button(); }\n');
    app("help/button.tsx", '"use client";\nexport default function Button() { return null; }\n');
    app("sources/page.tsx", "export default function P() { return null; }\n");
    await checkReadingPages.run(site);
    expect(site.problems).toEqual([expect.stringMatching(/^\/help is listed as a reading page .* app\/help\/page\.tsx -> app\/help\/button\.tsx/)]);
  });
});

describe("the post-build order (build/postbuild.mjs)", () => {
  it("lists every step once, reads pages before the page steps and writes them after, sets the CSP after every step that adds a script, and precompresses last", () => {
    const names = STEPS.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    const at = (step: Step) => STEPS.indexOf(step);
    for (const step of [stripReadingScripts, linkTraditionalTwins, registerWorker, compileHints, suggestTraditional, cspMeta]) {
      expect(at(step)).toBeGreaterThan(at(readPages));
      expect(at(step)).toBeLessThan(at(writePages));
    }
    for (const step of [stripReadingScripts, registerWorker, suggestTraditional]) expect(at(step)).toBeLessThan(at(cspMeta));
    expect(STEPS.at(-1)).toBe(precompressSite);
  });

  it("finishes the fixture site, and a second run changes nothing", async () => {
    const site = fixtureSite();
    const first = await runSteps(site);
    expect(first).toMatchObject({ ok: true });
    const reading = readFileSync(join(site.outDir, "questions/x.html"), "utf8");
    expect(reading).not.toContain(INLINE_BOOTSTRAP);
    expect(reading).toContain(REGISTRATION_PATH);
    expect(scriptSrc(cspOf(reading))).toBe("script-src 'self'");
    expect(existsSync(join(site.outDir, "_not-found.html"))).toBe(false);
    const before = snapshot(site.outDir);
    expect(await runSteps({ ...site, pages: [], problems: [] })).toMatchObject({ ok: true });
    expect(snapshot(site.outDir)).toEqual(before);
  });

  it("skips the routes-only steps for a bare reference app", async () => {
    const site = fixtureSite({ withRoutes: false });
    expect(await runSteps(site)).toMatchObject({ ok: true });
    expect(readFileSync(join(site.outDir, "questions/x.html"), "utf8")).toContain(INLINE_BOOTSTRAP);
    expect(existsSync(join(site.outDir, REGISTRATION_PATH.slice(1)))).toBe(false);
  });

  it("stops after the first step that finds a problem", async () => {
    const ran: string[] = [];
    const step = (name: string, problem?: string): Step => ({
      name,
      run(site) {
        ran.push(name);
        if (problem) site.problems.push(problem);
        return `${name} done`;
      },
    });
    const site = fixtureSite();
    expect(await runSteps(site, [step("a"), { ...step("routes only"), withRoutesOnly: true }, step("b", "broken"), step("c")])).toEqual({ ok: false, problems: ["broken"] });
    expect(ran).toEqual(["a", "routes only", "b"]);
    expect(await runSteps(fixtureSite({ withRoutes: false }), [step("d"), { ...step("e"), withRoutesOnly: true }])).toEqual({ ok: true, summaries: ["d done"] });
  });
});
