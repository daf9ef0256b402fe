/**
 * The import rule by folder, read from the source files themselves, so an import that runs
 * back up a layer, or closes a circle, fails here. Lowest layer first:
 * - lib/schema/: the schemas and vocabularies, a leaf: imports only packages and lib/schema/;
 * - content/ (the data): imports only lib/schema/ and other data in content/;
 * - lib/ (the engine and its helpers): imports only lib/; never content/, components/ or app/;
 *   it receives content as an argument;
 * - content/index.ts (`@/content`), the one loader: assembles and validates the data with
 *   lib/'s checks; the only way into content/ from outside it, the only module of lib/ and
 *   content/ that reads files, and server-only: no "use client" module reaches it;
 * - components/ and app/ on top.
 * And no import circle anywhere, type-only imports included.
 * Tests may import anything: they sit above every layer.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "../../..");

const SCHEMA = "lib/schema/";
const LOADER = "content/index.ts";

const inSchema = (file: string) => file.startsWith(SCHEMA);
const isContentData = (file: string) => file.startsWith("content/") && file !== LOADER;
const inLib = (file: string) => file.startsWith("lib/");

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

/** The imports that stay in the built code: `import type` and `export type` statements are erased. */
export function valueImportsOf(text: string): string[] {
  return importsOf(text.replace(/^\s*(?:import|export)\s+type\s[^;]*?\sfrom\s+["'][^"']+["'];?/gm, ""));
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

const sources = ["lib", "content", "components", "app", "islands", "build", "browser", "serve", "tools"].flatMap(filesUnder).filter((f) => !isTest(f));
const projectPaths = (file: string, specs: string[]) =>
  specs
    .map((spec) => resolve(file, spec))
    .filter((p): p is string => p !== null)
    .map(withExtension);
const graph = new Map(
  sources.map((file) => {
    const text = readFileSync(join(ROOT, file), "utf8");
    return [file, { text, targets: projectPaths(file, importsOf(text)), valueTargets: projectPaths(file, valueImportsOf(text)) }] as const;
  }),
);

function violations(rule: (file: string, target: string) => boolean): string[] {
  const out: string[] = [];
  for (const [file, { targets }] of graph) for (const target of targets) if (rule(file, target)) out.push(`${file} -> ${target}`);
  return out;
}

/** Every import circle in a graph: its strongly connected components of more than one module, or a module importing itself. */
export function circles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of edges.get(node) ?? []) {
      if (!edges.has(target)) continue;
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(node, Math.min(low.get(node)!, index.get(target)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || edges.get(node)?.includes(node)) found.push(component.sort());
    }
  };
  for (const node of [...edges.keys()].sort()) if (!index.has(node)) visit(node);
  return found;
}

/** Every module whose code a module loads, through imports that stay in the built code; itself excluded. */
function loads(from: string): Set<string> {
  const seen = new Set<string>();
  const queue = [...(graph.get(from)?.valueTargets ?? [])];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...(graph.get(file)?.valueTargets ?? []));
  }
  return seen;
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
    expect(graph.get("components/citations.tsx")?.targets).toContain(LOADER);
    expect(valueImportsOf('import type { A } from "./a";\nexport type { B } from "./b";\nimport { c, type D } from "./c";')).toEqual(["./c"]);
    expect([...graph.keys()].filter(inSchema).length).toBeGreaterThan(5);
  });

  it("finds a circle, however long, and only circles", () => {
    const g = (pairs: Record<string, string[]>) => new Map(Object.entries(pairs));
    expect(circles(g({ a: ["b"], b: ["c"], c: ["a"], d: ["a"] }))).toEqual([["a", "b", "c"]]);
    expect(circles(g({ a: ["a"], b: [] }))).toEqual([["a"]]);
    expect(circles(g({ a: ["b", "c"], b: ["c"], c: [] }))).toEqual([]);
  });

  it("lib/schema/ is a leaf: it imports nothing of the project outside lib/schema/", () => {
    expect(violations((file, target) => inSchema(file) && !inSchema(target))).toEqual([]);
  });

  it("content/'s data imports only lib/schema/ and other data", () => {
    expect(violations((file, target) => isContentData(file) && !inSchema(target) && !isContentData(target))).toEqual([]);
  });

  it("lib/ imports only lib/: nothing from content/, components/ or app/", () => {
    expect(violations((file, target) => inLib(file) && !inLib(target))).toEqual([]);
  });

  it("only the loader imports content/'s data from outside content/", () => {
    expect(violations((file, target) => !file.startsWith("content/") && isContentData(target))).toEqual([]);
  });

  it("only the loader reads files: no module in lib/ or content/ imports node:fs", () => {
    const readsFiles = (file: string) => /from\s+["'](node:)?fs(\/promises)?["']/.test(graph.get(file)?.text ?? "");
    expect(readsFiles(LOADER)).toBe(true);
    expect([...graph.keys()].filter((f) => (inLib(f) || f.startsWith("content/")) && f !== LOADER && readsFiles(f))).toEqual([]);
  });

  it("the loader is server-only, and no client module reaches it or any server-only module", () => {
    const serverOnly = (file: string) => /^import "server-only";$/m.test(graph.get(file)?.text ?? "");
    expect(serverOnly(LOADER)).toBe(true);
    const isClient = (file: string) => /^\s*["']use client["']/.test(graph.get(file)?.text ?? "");
    const clientModules = [...graph.keys()].filter(isClient);
    expect(clientModules.length).toBeGreaterThan(5);
    expect(clientModules.flatMap((file) => [...loads(file)].filter(serverOnly).map((target) => `${file} -> ${target}`))).toEqual([]);
  });

  it("no import circle, type-only imports included", () => {
    expect(circles(new Map([...graph].map(([file, { targets }]) => [file, targets])))).toEqual([]);
  });
});
