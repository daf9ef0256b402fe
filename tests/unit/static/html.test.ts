import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { executableScriptCount, inlineScriptHashes, insertCspMeta, scriptPreloadCount, stripScripts } from "../../../build/lib/html.mjs";

const sha = (s: string) => createHash("sha256").update(s, "utf8").digest("base64");
const PAGE =
  '<!DOCTYPE html><html><head><meta charSet="utf-8"/><link rel="stylesheet" href="/a.css"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/><link rel="modulepreload" href="/m.js"/>' +
  '<link rel="preload" href="/content.json" as="fetch" crossorigin=""/>' +
  '<script src="/_next/static/chunks/b.js" async=""></script><script src="/p.js" noModule=""></script></head>' +
  '<body><h1>标题</h1><script type="application/ld+json">{"a":1}</script><script>self.__next_f.push([1,"x"])</script>' +
  '<script type="module">import "/x.js"</script></body></html>';

describe("stripScripts", () => {
  it("removes every executable script and script preload, keeps data blocks and other preloads", () => {
    const out = stripScripts(PAGE);
    expect(executableScriptCount(out)).toBe(0);
    expect(scriptPreloadCount(out)).toBe(0);
    expect(out).toContain('<script type="application/ld+json">{"a":1}</script>');
    expect(out).toContain('href="/content.json"');
    expect(out).toContain('<link rel="stylesheet" href="/a.css"/>');
    expect(out).toContain("<h1>标题</h1>");
    expect(stripScripts(out)).toBe(out);
  });
  it("counts what it removes", () => {
    expect(executableScriptCount(PAGE)).toBe(4);
    expect(scriptPreloadCount(PAGE)).toBe(2);
  });
});

describe("inlineScriptHashes", () => {
  it("hashes inline executable scripts only", () => {
    expect(inlineScriptHashes(PAGE).sort()).toEqual([sha('self.__next_f.push([1,"x"])'), sha('import "/x.js"')].sort());
  });
});

describe("insertCspMeta", () => {
  it("puts the policy right after meta charset, before any link or script", () => {
    const out = insertCspMeta(PAGE, "script-src 'none'");
    expect(out).toContain(`<head><meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="script-src 'none'"/><link`);
  });
  it("puts it first in a head without meta charset, and escapes quotes", () => {
    expect(insertCspMeta("<html><head><title>t</title></head></html>", 'a "b"')).toBe(
      '<html><head><meta http-equiv="Content-Security-Policy" content="a &quot;b&quot;"/><title>t</title></head></html>',
    );
  });
  it("refuses a page that has a policy already, or no head", () => {
    const once = insertCspMeta(PAGE, "x");
    expect(() => insertCspMeta(once, "y")).toThrow(/already/);
    expect(() => insertCspMeta("<p>no head</p>", "y")).toThrow(/head/);
  });
});
