import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { entrySource, islandNamesOf, islandTags, islandTagsIn, readRegistry } from "../../../build/islands/bundle.mjs";

const ROOT = join(__dirname, "..", "..", "..");

describe("islands build step", () => {
  it("reads each island root and every client component inside its props", () => {
    const html =
      '<main><div data-island="PlanView" class="x"><script type="application/json">{"notes":{"nav":[{"$c":"JumpButton","p":{}},{"$":"p","p":{"children":[{"$c":"TimelineLink","p":{}}]}}]}}</script><p>…</p></div>' +
      '<div data-island="CopyButton"><script type="application/json">{"label":"复制"}</script></div><script type="application/json">{"$c":"NotAnIsland"}</script></main>';
    expect(islandNamesOf(html)).toEqual(["CopyButton", "JumpButton", "PlanView", "TimelineLink"]);
    expect(islandNamesOf("<main><p>no islands</p></main>")).toEqual([]);
  });

  it("writes an entry that mounts exactly the page's components, and refuses a name not in the registry", () => {
    const registry = { A: "components/a", B: "components/b/c" };
    expect(entrySource(["A", "B"], registry)).toBe(
      'import { mountIslands } from "@/islands/mount";\nimport { A } from "@/components/a";\nimport { B } from "@/components/b/c";\nmountIslands({ A, B });\n',
    );
    expect(() => entrySource(["A", "Z"], registry)).toThrow(/Z not listed in islands\/components.json/);
  });

  it("preloads every static chunk with the page and starts the entry as a module", () => {
    expect(islandTags({ module: "/_next/static/islands/t-1.js", preloads: ["/_next/static/islands/c-2.js"] })).toBe(
      '<link rel="modulepreload" href="/_next/static/islands/c-2.js"/><script type="module" src="/_next/static/islands/t-1.js"></script>',
    );
  });

  it("every listed component exists, is a client module and exports that name", () => {
    const registry: Record<string, string> = readRegistry(ROOT);
    expect(Object.keys(registry).length).toBeGreaterThan(0);
    for (const [name, module] of Object.entries(registry)) {
      const file = [`${module}.tsx`, `${module}.ts`].map((f) => join(ROOT, f)).find((f) => existsSync(f));
      expect(file, `${name}: ${module}`).toBeDefined();
      const source = readFileSync(file as string, "utf8");
      expect(source.startsWith('"use client";'), `${module} starts with "use client"`).toBe(true);
      expect(source, `${module} exports ${name}`).toMatch(new RegExp(`export function ${name}\\b`));
    }
  });
});

describe("running the post-build step again on a finished site", () => {
  it("finds the islands a page already loads, as islandTags wrote them", () => {
    const islands = { module: "/zh-Hant/_next/static/islands/plan-AB12.js", preloads: ["/zh-Hant/_next/static/islands/c-1.js", "/zh-Hant/_next/static/islands/c-2.js"] };
    const html = `<html><head><link rel="stylesheet" href="/a.css"/>${islandTags(islands)}<script src="/sw-register.js" defer=""></script></head><body></body></html>`;
    expect(islandTagsIn(html)).toEqual(islands);
    expect(islandTagsIn('<html><head><script src="/sw-register.js" defer=""></script></head></html>')).toBeNull();
  });
});
