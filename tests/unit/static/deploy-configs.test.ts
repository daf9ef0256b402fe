import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderHeadersFile, renderNginxSite } from "../../../build/site/deploy-configs.mjs";
import { securityHeaders } from "../../../build/site/security-headers.cjs";

describe("deploy configs", () => {
  it("the committed nginx config is the one the headers definition renders", () => {
    expect(readFileSync("deploy/nginx/site.conf", "utf8")).toBe(renderNginxSite());
  });

  it("nginx sends every security header in every location, and on errors", () => {
    const conf = renderNginxSite();
    const blocks = conf.split(/\n(?=location )/);
    expect(blocks.length).toBe(9); // server level + 8 locations (two of them for the Traditional site under /zh-Hant, one per service worker)
    for (const block of blocks) {
      for (const { key, value } of securityHeaders()) expect(block).toContain(`add_header ${key} "${value}" always;`);
      expect(block).toMatch(/add_header Cache-Control "[^"]+" always;/);
    }
    expect(conf).toContain("autoindex off;");
    expect(conf).toContain("brotli_static on;");
    expect(conf).toContain("gzip_static on;");
    expect(conf).toContain("try_files $uri $uri.html $uri/index.html =404;");
    // Unknown paths under /zh-Hant get the Traditional 404 page.
    expect(conf.match(/error_page 404 \/zh-Hant\/404\.html;/g)).toHaveLength(2);
  });

  it("_headers never sets one header in two rules that can match the same path", () => {
    const rules = renderHeadersFile()
      .split(/\n(?=\/)/)
      .filter((b) => b.startsWith("/"))
      .map((b) => b.split("\n").slice(1).filter((l) => /^\s+\S/.test(l)).map((l) => l.trim().split(":")[0]));
    expect(rules).toHaveLength(5); // everything, /_next/static/*, /zh-Hant/_next/static/*, /sw.js, /sw-zh-Hant.js
    const [all, hashed, hashedTraditional, worker, workerTraditional] = rules as [string[], string[], string[], string[], string[]];
    expect(all.filter((h) => hashed.includes(h) || hashedTraditional.includes(h) || worker.includes(h) || workerTraditional.includes(h))).toEqual([]);
    expect(all).toContain("X-Frame-Options");
    expect(hashed).toEqual(["Cache-Control"]);
    expect(hashedTraditional).toEqual(["Cache-Control"]);
    expect(worker).toEqual(["Cache-Control"]);
    expect(workerTraditional).toEqual(["Cache-Control"]);
  });

  it.each(["/sw.js", "/sw-zh-Hant.js"])("the service worker %s is no-cache in both configs, by its own rule", (path) => {
    expect(renderHeadersFile()).toContain(`\n${path}\n  Cache-Control: no-cache\n`);
    const nginxWorker = renderNginxSite().split(/\n(?=location )/).find((b) => b.startsWith(`location = ${path} {`));
    expect(nginxWorker).toContain('add_header Cache-Control "no-cache" always;');
    expect(nginxWorker).toContain("try_files $uri =404;");
  });

  it("nginx serves the web app manifest as application/manifest+json", () => {
    const block = renderNginxSite().split(/\n(?=location )/).find((b) => b.includes(".webmanifest$"));
    expect(block).toContain("default_type application/manifest+json;");
  });
});
