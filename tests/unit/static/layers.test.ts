/**
 * The import rule, read from the source files themselves, so a new import that runs back
 * up a layer fails here:
 * - schemas and vocabularies are a leaf: they import only packages and each other;
 * - content/ imports only those leaves;
 * - exactly one loader (lib/content/load-content.ts) imports content/ or reads files;
 *   nothing else in lib/, components/, app/ or the tooling imports content/, so the engine and
 *   every page get content from the loader, as an argument, or from `/content.json`;
 * - lib/ never imports components/ or app/;
 * - modules that import the loader say `import "server-only"` or are server code anyway
 *   (app/, a server component, a test), and no "use client" module imports the loader.
 * Tests may import anything: they sit above every layer.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "../../..");

/** The leaf: what content/ may import, and all these may import of the project. */
const LEAVES = new Set([
  "lib/content/schema.ts",
  "lib/content/likelihood-scale.ts",
  "lib/emergency-contact/schema.ts",
  "lib/emergency-contact/ids.ts",
  "lib/emergency-contact/answers.ts",
  "lib/situation/answers.ts",
  "lib/call-log/vocabulary.ts",
  "lib/plan/template-types.ts",
  "lib/several-debts/kinds.ts",
  "lib/several-debts/content-schema.ts",
]);
const LOADER = "lib/content/load-content.ts";

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...filesUnder(path));
    else if (/\.(ts|tsx|mjs)$/.test(name)) out.push(path);
  }
  return out;
}

const isTest = (file: string) => /\.test\.tsx?$/.test(file) || file.startsWith("tests/");

/** Every module a file imports (static, re-export or dynamic), as written. */
export function importsOf(text: string): string[] {
  const found: string[] = [];
  const patterns = [/^\s*(?:import|export)\s[^;]*?\sfrom\s+["']([^"']+)["']/gm, /^\s*import\s+["']([^"']+)["']/gm, /\bimport\(\s*["']([^"']+)["']\s*\)/g];
  for (const pattern of patterns) for (const m of text.matchAll(pattern)) found.push(m[1] as string);
  return found;
}

/** A project path for "@/x" and relative imports; null for packages. */
function resolve(from: string, spec: string): string | null {
  if (spec.startsWith("@/")) return spec.slice(2);
  if (spec.startsWith(".")) return relative(ROOT, join(ROOT, from, "..", spec));
  return null;
}

function withExtension(path: string): string {
  for (const candidate of [path, `${path}.ts`, `${path}.tsx`, `${path}/index.ts`, `${path}.mjs`])
    try {
      if (statSync(join(ROOT, candidate)).isFile()) return candidate;
    } catch {
      // try the next
    }
  return path;
}

const sources = ["lib", "content", "components", "app", "build", "browser", "serve", "tools"].flatMap(filesUnder).filter((f) => !isTest(f));
const graph = new Map(
  sources.map((file) => {
    const text = readFileSync(join(ROOT, file), "utf8");
    const targets = importsOf(text)
      .map((spec) => resolve(file, spec))
      .filter((p): p is string => p !== null)
      .map(withExtension);
    return [file, { text, targets }] as const;
  }),
);

function violations(rule: (file: string, target: string) => boolean): string[] {
  const out: string[] = [];
  for (const [file, { targets }] of graph) for (const target of targets) if (rule(file, target)) out.push(`${file} -> ${target}`);
  return out;
}

describe("layers", () => {
  it("reads the imports it checks", () => {
    expect(importsOf('import { a } from "@/lib/x";\nimport type {\n  B,\n} from "../y";\nimport "server-only";\nconst m = import("@/components/z");')).toEqual([
      "@/lib/x",
      "../y",
      "server-only",
      "@/components/z",
    ]);
    expect(graph.get(LOADER)?.targets).toContain("content/events.ts");
  });

  it("schemas and vocabularies are a leaf: they import no other project module", () => {
    expect(violations((file, target) => LEAVES.has(file) && !LEAVES.has(target))).toEqual([]);
  });

  it("content/ imports only the schemas and vocabularies", () => {
    expect(violations((file, target) => file.startsWith("content/") && !target.startsWith("content/") && !LEAVES.has(target))).toEqual([]);
  });

  it("only the one loader imports content/", () => {
    expect(violations((file, target) => !file.startsWith("content/") && file !== LOADER && target.startsWith("content/"))).toEqual([]);
  });

  it("only the loader reads files: no other lib/ module imports node:fs", () => {
    const readsFiles = (file: string) => /from\s+["'](node:)?fs(\/promises)?["']/.test(graph.get(file)?.text ?? "");
    expect(readsFiles(LOADER)).toBe(true);
    expect([...graph.keys()].filter((f) => f.startsWith("lib/") && f !== LOADER && readsFiles(f))).toEqual([]);
  });

  it("lib/ never imports components/ or app/", () => {
    expect(violations((file, target) => file.startsWith("lib/") && (target.startsWith("components/") || target.startsWith("app/")))).toEqual([]);
  });

  it("lib/ modules that import the loader say they are server-only, and no client module imports one", () => {
    const serverOnly = (file: string) => /^import "server-only";$/m.test(graph.get(file)?.text ?? "");
    expect(serverOnly(LOADER)).toBe(true);
    expect(violations((file, target) => file.startsWith("lib/") && target === LOADER && !serverOnly(file))).toEqual([]);
    const isClient = (file: string) => /^\s*["']use client["']/.test(graph.get(file)?.text ?? "");
    expect(violations((file, target) => isClient(file) && (target === LOADER || serverOnly(target)))).toEqual([]);
  });
});
