/**
 * Every repository path named in prose must exist: in code comments (TypeScript and
 * JavaScript, read with the TypeScript parser so strings and regexes are never taken
 * for comments), in README.md and in docs/, and the target of every relative Markdown
 * link there. A file that moves without its mentions
 * fails here, naming the file, the line and the stale path.
 *
 * Only clear relative paths are read: a top-level folder of this repository followed by
 * a slash (`lib/…`, `content/…`, optionally written `@/lib/…`). A path with a glob or a
 * placeholder (`*`, `<slug>`, `{a,b}`, `…`, or a one-letter name such as `x`) is skipped,
 * as is anything inside a URL or after another path segment (`out/zh-Hant/…` is not
 * `zh-Hant/…`). A name without its extension counts when a file with a usual extension
 * exists (`lib/engine/assess`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "../..");

/** This repository's own top-level folders, which the scan reads. */
const OWN_FOLDERS = ["app", "browser", "build", "components", "content", "deploy", "docs", "islands", "lib", "public", "serve", "tests", "tools"];
/** Folders that once held code and are gone: a mention of them is stale by definition. */
const FORMER_FOLDERS = ["scripts", "worker"];
/** The folders a named path may start with. */
const TOP_FOLDERS = [...OWN_FOLDERS, ...FORMER_FOLDERS];
/** Never read, at any depth: dependencies, build output and test reports. */
const SKIP_DIRS = new Set(["node_modules", ".git", ".next", "out", ".hant-build", ".budget-bare", "test-results", "playwright-report", "reports"]);
const CODE = new Set([".ts", ".tsx", ".js", ".mjs", ".cjs"]);
const EXTENSIONS = [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json", ".md"];

/** The start of a path: not preceded by a word, a dot, a dash or a slash (except in `@/`). */
const PATH = new RegExp(`(?<![\\w.\\-/]|[^@]/)(?:@/)?((?:${TOP_FOLDERS.join("|")})/[\\w.\\-/\\[\\]*<>{},…]*)`, "g");
/** Globs and placeholders: the mention names a pattern, not one file. */
const PATTERN = /[*<>{}…]|\.\.\.|\/[a-z](?:\.\w+)?(?:\/|$)/;

/** Mentions that look like paths but are not: `file → words`. */
const NOT_PATHS = new Set<string>([]);
/**
 * Stale mentions in files outside this test's change, left for whoever moves or edits
 * those files next: `file → path`. Each must still be stale, so the list cannot rot.
 */
const KNOWN_STALE = new Set<string>([]);

export type NamedPath = { line: number; path: string };

/** The paths a piece of prose names, with their line numbers (1-based, from `firstLine`). */
export function pathsIn(text: string, firstLine = 1): NamedPath[] {
  const found: NamedPath[] = [];
  text.split("\n").forEach((lineText, i) => {
    for (const m of lineText.matchAll(PATH)) {
      // Sentence punctuation after a path is not part of it: "see lib/engine/assess.ts."
      let path = (m[1] as string).replace(/[.,]+$/, "");
      // A Markdown link's text ends in "]": keep brackets only when they pair, as in [slug].
      while (path.endsWith("]") && path.split("[").length < path.split("]").length) path = path.slice(0, -1).replace(/[.,]+$/, "");
      if (PATTERN.test(path) || path.includes("//")) continue;
      found.push({ line: firstLine + i, path });
    }
  });
  return found;
}

/** The targets of a Markdown document's relative links, resolved from its folder. */
export function linksIn(text: string, docPath: string): NamedPath[] {
  const found: NamedPath[] = [];
  text.split("\n").forEach((lineText, i) => {
    for (const m of lineText.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)) {
      const target = m[1] as string;
      if (/^[a-z]+:/i.test(target) || target.startsWith("/")) continue;
      found.push({ line: i + 1, path: join(dirname(docPath), target) });
    }
  });
  return found;
}

/** The comments of a TypeScript or JavaScript file, each with the line it starts on. */
export function commentsOf(fileName: string, text: string): { line: number; text: string }[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, fileName.endsWith(".tsx") ? ts.ScriptKind.TSX : undefined);
  const seen = new Set<number>();
  const comments: { line: number; text: string }[] = [];
  const collect = (ranges: readonly ts.CommentRange[] | undefined) => {
    for (const r of ranges ?? []) {
      if (seen.has(r.pos)) continue;
      seen.add(r.pos);
      comments.push({ line: source.getLineAndCharacterOfPosition(r.pos).line + 1, text: text.slice(r.pos, r.end) });
    }
  };
  const visit = (node: ts.Node) => {
    collect(ts.getLeadingCommentRanges(text, node.pos));
    collect(ts.getTrailingCommentRanges(text, node.end));
    ts.forEachChild(node, visit);
  };
  visit(source);
  // Comments after the last statement hang on the end-of-file token.
  collect(ts.getLeadingCommentRanges(text, source.endOfFileToken.pos));
  return comments;
}

export function pathExists(path: string): boolean {
  const full = join(ROOT, path);
  if (existsSync(full)) return true;
  return extname(path) === "" && EXTENSIONS.some((ext) => existsSync(full + ext));
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    if (SKIP_DIRS.has(name)) continue;
    const path = dir ? join(dir, name) : name;
    // At the top, only our own folders: build output and tool caches hold copies.
    if (!statSync(join(ROOT, path)).isDirectory()) out.push(path);
    else if (dir || OWN_FOLDERS.includes(name)) out.push(...filesUnder(path));
  }
  return out;
}

/**
 * The paths named in the repository's prose, as `file:line → path`, and how many
 * path-like mentions were checked in all (code files with none missing are not parsed).
 */
function namedPaths(): { named: { where: string; path: string }[]; checked: number } {
  const named: { where: string; path: string }[] = [];
  let checked = 0;
  for (const file of filesUnder("")) {
    const rel = relative(ROOT, join(ROOT, file));
    const isDoc = rel === "README.md" || (rel.startsWith("docs/") && rel.endsWith(".md"));
    if (!isDoc && !CODE.has(extname(rel))) continue;
    const text = readFileSync(join(ROOT, rel), "utf8");
    // Parsing is slow: a code file whose every path-like text exists cannot fail, so only
    // the others are parsed to find which of their mentions are comments.
    const whole = pathsIn(text);
    if (!isDoc && whole.every((p) => pathExists(p.path))) {
      checked += whole.length;
      continue;
    }
    const pieces = isDoc ? [{ line: 1, text }] : commentsOf(rel, text);
    for (const piece of pieces) for (const p of pathsIn(piece.text, piece.line)) named.push({ where: `${rel}:${p.line}`, path: p.path });
    if (isDoc) for (const p of linksIn(text, rel)) named.push({ where: `${rel}:${p.line}`, path: p.path });
  }
  return { named, checked: checked + named.length };
}

describe("paths named in comments, the README and docs/", () => {
  it("reads clear relative paths and skips globs, placeholders, URLs and nested segments", () => {
    const text = [
      "see lib/engine/assess.ts, and @/lib/dates/iso-date.",
      "not lib/x, lib/x/y.ts or lib/a.ts: placeholders",
      "not https://example.org/lib/x.ts, out/lib/y.ts, lib/*.test.ts, content/questions/<slug>.md or content/…",
      "(app/questions/[slug]/page.tsx) and `tests/unit/` too",
    ].join("\n");
    expect(pathsIn(text)).toEqual([
      { line: 1, path: "lib/engine/assess.ts" },
      { line: 1, path: "lib/dates/iso-date" },
      { line: 4, path: "app/questions/[slug]/page.tsx" },
      { line: 4, path: "tests/unit/" },
    ]);
  });

  it("reads a Markdown link's text and target, and resolves relative links from the document's folder", () => {
    expect(pathsIn("see [docs/figures.md](docs/figures.md)").map((p) => p.path)).toEqual(["docs/figures.md", "docs/figures.md"]);
    expect(linksIn("[a](figures.md), [b](../README.md#top), [c](https://example.org/x), [d](#here)", "docs/offline.md").map((p) => p.path)).toEqual(["docs/figures.md", "README.md"]);
  });

  it("reads comments only, not strings or code", () => {
    const code = ['const a = "lib/in-a-string.ts"; // lib/in-a-comment.ts', "/** content/in-a-block.ts */", "const re = /lib\\/in-a-regex/;"].join("\n");
    const paths = commentsOf("x.ts", code).flatMap((c) => pathsIn(c.text, c.line).map((p) => p.path));
    expect(paths.sort()).toEqual(["content/in-a-block.ts", "lib/in-a-comment.ts"]);
  });

  it("knows every top-level folder of the repository, so none goes unread", () => {
    const folders = readdirSync(ROOT, { withFileTypes: true })
      .filter((d) => d.isDirectory() && !d.name.startsWith(".") && !SKIP_DIRS.has(d.name))
      .map((d) => d.name);
    expect(folders.filter((f) => !OWN_FOLDERS.includes(f))).toEqual([]);
  });

  it("tells an existing file or folder from a missing one", () => {
    expect(pathExists("lib/engine/assess.ts")).toBe(true);
    expect(pathExists("lib/engine/assess")).toBe(true);
    expect(pathExists("lib/engine/")).toBe(true);
    expect(pathExists("lib/engine/no-such-file.ts")).toBe(false);
  });

  // It reads the whole repository: allow for a machine shared with builds.
  it("finds every named path in the repository", { timeout: 30_000 }, () => {
    const { named, checked } = namedPaths();
    // The scan must actually read something, or it could never fail.
    expect(checked).toBeGreaterThan(500);
    const key = (n: { where: string; path: string }) => `${n.where.replace(/:\d+$/, "")} → ${n.path}`;
    const missing = named.filter((n) => !NOT_PATHS.has(key(n)) && !pathExists(n.path));
    expect(missing.filter((n) => !KNOWN_STALE.has(key(n))).map((n) => `${n.where} → ${n.path}`)).toEqual([]);
    expect([...KNOWN_STALE].filter((k) => !missing.some((n) => key(n) === k))).toEqual([]);
  });
});
