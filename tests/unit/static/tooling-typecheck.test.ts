// `npm run typecheck` covers the tooling: every file in the tooling folders is in the
// TypeScript program that tsconfig.json describes, and JavaScript is checked too (checkJs).
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = resolve(__dirname, "../../..");
const TOOLING = ["build", "browser", "serve", "tools"];
const CODE = /\.(ts|mts|cts|js|mjs|cjs)$/;

describe("the typecheck", () => {
  const { config } = ts.readConfigFile(join(ROOT, "tsconfig.json"), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, ROOT);
  const checked = new Set(parsed.fileNames.map((f) => resolve(f)));

  it("checks JavaScript", () => {
    expect(parsed.options.checkJs).toBe(true);
    expect(parsed.options.strict).toBe(true);
  });

  it.each(TOOLING)("covers every code file in %s/", (dir) => {
    const files = readdirSync(join(ROOT, dir), { recursive: true })
      .map(String)
      .filter((f) => CODE.test(f))
      .map((f) => join(ROOT, dir, f));
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((f) => !checked.has(f)).map((f) => f.slice(ROOT.length + 1))).toEqual([]);
  });
});
