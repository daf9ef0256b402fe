// The Traditional build's copy of the source (build/traditional/build.mjs), on a small
// fixture project: what it converts, what it keeps, and what it adds for `next build`.
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CONFIG_FILES, copyConverted, moveOut } from "@/build/traditional/build.mjs";

const PROJECT_FILES: Record<string, string> = {
  "app/page.tsx": 'export default function Page() {\n  return <p>逾期后怎么办</p>;\n}\n',
  "app/page.test.tsx": 'it("逾期后", () => {});\n',
  "app/globals.css": '@import "tailwindcss";\n',
  "app/icon.svg": "<svg/>",
  "components/note.tsx": 'export const NOTE = "联系人"; // hant-keep\n',
  "content/sources.ts": 'export const sources = [{ id: "a", title: "借呗逾期7天会打联系人吗" }];\n',
  "lib/fold.ts": '// hant-keep-file\nexport const FOLD = "萬万";\n',
  "islands/components.json": '{ "CheckEntry": "components/situation-form/check-entry" }\n',
  "next.config.js": "module.exports = {};\n",
  ...Object.fromEntries(CONFIG_FILES.map((f) => [f, "// 配置\n"])),
};

function fixtureProject() {
  const root = mkdtempSync(join(tmpdir(), "hant-copy-"));
  for (const [file, text] of Object.entries(PROJECT_FILES)) {
    mkdirSync(join(root, file, ".."), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

describe("the Traditional copy", () => {
  it("converts the source, leaves tests out, honours the keep markers and keeps each published title", async () => {
    const root = fixtureProject();
    const hant = join(root, ".hant-build");
    const copied = await copyConverted(root, hant);
    const read = (f: string) => readFileSync(join(hant, f), "utf8");
    expect(read("app/page.tsx")).toContain("<p>逾期後怎麼辦</p>");
    expect(existsSync(join(hant, "app/page.test.tsx"))).toBe(false);
    expect(read("components/note.tsx")).toBe(PROJECT_FILES["components/note.tsx"]);
    expect(read("lib/fold.ts")).toBe(PROJECT_FILES["lib/fold.ts"]);
    expect(read("app/icon.svg")).toBe("<svg/>");
    expect(read("content/sources-converted.ts")).toContain('title: "借唄逾期7天會打聯繫人嗎"');
    expect(read("content/sources.ts")).toContain('"a": "借呗逾期7天会打联系人吗"');
    for (const f of CONFIG_FILES) expect(read(f)).toBe("// 配置\n");
    expect(copied.files).toBe(Object.keys(PROJECT_FILES).length - 2); // no test, no next.config.js
  });

  it("points Tailwind at the original source, and wraps the project's next.config", async () => {
    const root = fixtureProject();
    const hant = join(root, ".hant-build");
    await copyConverted(root, hant);
    expect(readFileSync(join(hant, "app/globals.css"), "utf8")).toBe('@import "tailwindcss" source("../..");\n');
    expect(readFileSync(join(hant, "next.config.project.js"), "utf8")).toBe(PROJECT_FILES["next.config.js"]);
    const config = readFileSync(join(hant, "next.config.js"), "utf8");
    expect(config).toContain('require("./next.config.project.js")');
    expect(config).toContain(`root: ${JSON.stringify(root)}`);
    expect(lstatSync(join(hant, "node_modules")).isSymbolicLink()).toBe(true);
  });

  it("moves the Traditional export to out/zh-Hant without the files the Simplified site serves for both", () => {
    const root = fixtureProject();
    const hant = join(root, ".hant-build");
    for (const f of ["out/index.html", "out/robots.txt", "out/sitemap.xml", "out/_not-found.html", "out/questions/x.html"]) {
      mkdirSync(join(hant, f, ".."), { recursive: true });
      writeFileSync(join(hant, f), f);
    }
    expect(() => moveOut(hant, join(root, "out"))).toThrow(/run next build first/);
    mkdirSync(join(root, "out"));
    writeFileSync(join(root, "out", "index.html"), "简");
    moveOut(hant, join(root, "out"));
    expect(existsSync(join(root, "out/zh-Hant/index.html"))).toBe(true);
    expect(existsSync(join(root, "out/zh-Hant/questions/x.html"))).toBe(true);
    for (const f of ["robots.txt", "sitemap.xml", "_not-found.html"]) expect(existsSync(join(root, "out/zh-Hant", f))).toBe(false);
  });
});
