// Finds the client components a page can render: the modules marked "use client"
// reachable through static and dynamic imports from the page file and every layout or
// template above it. The post-build step fails when a reading page (build/site/routes.json)
// reaches one, because its scripts are stripped and the component would be dead.
//
// Import lists and module resolution come from the TypeScript compiler API (already a
// dev dependency), with the project's tsconfig (so "@/…" paths resolve). Project files
// are followed all the way; a package is followed two hops, enough to cross its entry
// file to the module that says "use client" (next/link -> next/dist/client/link.js).
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve as resolvePath, sep } from "node:path";
import ts from "typescript";

const PACKAGE_HOPS = 2;
const LAYOUT_FILES = ["layout", "template"].flatMap((n) => [".tsx", ".ts", ".jsx", ".js"].map((e) => `${n}${e}`));

/** True when the module's first statement is the "use client" directive. @param {string} source */
export function isClientModule(source) {
  const body = source.replace(/^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, "");
  return /^["']use client["']/.test(body);
}

/** @param {string} appRoot @returns {ts.CompilerOptions} */
function compilerOptions(appRoot) {
  const file = join(appRoot, "tsconfig.json");
  if (!existsSync(file)) return { allowJs: true, jsx: ts.JsxEmit.ReactJSX, moduleResolution: ts.ModuleResolutionKind.Bundler };
  const { config } = ts.readConfigFile(file, ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config, ts.sys, appRoot).options;
}

/** The page file and the layouts/templates of every folder above it, up to app/. @param {string} root @param {string} pageFile */
export function filesRenderedWith(root, pageFile) {
  const appRoot = resolvePath(root);
  const files = [join(appRoot, pageFile)];
  let dir = dirname(join(appRoot, pageFile));
  const top = join(appRoot, "app");
  while (dir.startsWith(top)) {
    for (const name of LAYOUT_FILES) if (existsSync(join(dir, name))) files.push(join(dir, name));
    if (dir === top) break;
    dir = dirname(dir);
  }
  return files;
}

/**
 * Client modules reachable from the page (relative paths, with the import chain that
 * reaches each). Empty for a page that renders server components only.
 * @param {string} root the app's folder
 * @param {string} pageFile the page's file, relative to root
 * @returns {string[]}
 */
export function clientModulesOf(root, pageFile) {
  const appRoot = resolvePath(root);
  const options = compilerOptions(appRoot);
  const found = new Map();
  const seen = new Set();
  /** @type {{ file: string, chain: string[], hops: number | null }[]} */
  const queue = filesRenderedWith(appRoot, pageFile).map((file) => ({ file, chain: [], hops: null }));
  if (!existsSync(join(appRoot, pageFile))) throw new Error(`${pageFile}: no such page file`);
  for (let item = queue.shift(); item; item = queue.shift()) {
    const { file, chain, hops } = item;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    const name = relative(appRoot, file).split(sep).join("/");
    const here = [...chain, name];
    if (isClientModule(source)) {
      found.set(name, here);
      continue; // what a client module imports is client code too; one finding is enough
    }
    if (hops === PACKAGE_HOPS) continue;
    const { importedFiles } = ts.preProcessFile(source, true, true);
    for (const { fileName: specifier } of importedFiles) {
      const next = resolve(specifier, file, options, hops);
      if (next) queue.push({ file: next.file, chain: here, hops: next.hops });
    }
  }
  return [...found.values()].map((chain) => chain.join(" -> "));
}

/**
 * @param {string} specifier @param {string} fromFile @param {ts.CompilerOptions} options
 * @param {number | null} hops packages crossed so far (null: still in the project)
 * @returns {{ file: string, hops: number | null } | null}
 */
function resolve(specifier, fromFile, options, hops) {
  if (hops === null) {
    const r = ts.resolveModuleName(specifier, fromFile, options, ts.sys).resolvedModule;
    if (r && !r.isExternalLibraryImport && !r.resolvedFileName.endsWith(".d.ts")) return { file: r.resolvedFileName, hops: null };
    if (/\.(css|json|svg)$/.test(specifier) || specifier.startsWith("node:")) return null;
  }
  // A package (or a file inside one): Node's own resolution gives the JavaScript that runs.
  try {
    const file = createRequire(fromFile).resolve(specifier);
    if (!/\.[cm]?js$/.test(file)) return null;
    return { file, hops: (hops ?? 0) + 1 };
  } catch {
    return null;
  }
}
