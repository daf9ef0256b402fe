#!/usr/bin/env node
// The Traditional Chinese site, built from the same source as the Simplified one
// (npm run build: `next build`, then this, then build/postbuild.mjs over both).
//   1. Copies the source (app/, components/, content/, lib/ without tests, and the
//      build configs) into .hant-build/, converting every Chinese character to
//      Traditional on the way (build/traditional/convert.mjs: OpenCC cn → tw plus
//      the reviewed exceptions; lines marked hant-keep stay as written).
//   2. Keeps each source's title as published beside its converted title, read as data
//      from the Simplified source list (published-titles.mjs).
//   3. Runs `next build` there with SITE_SCRIPT=hant (basePath /zh-Hant, see
//      next.config.js) and moves its out/ to out/zh-Hant/.
// No converter code is in the site: the browser gets converted text and nothing else.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { toTraditionalSource } from "./convert.mjs";
import { CONVERTED_SOURCES_MODULE, readPublishedTitles, sourcesWithPublishedTitles } from "./published-titles.mjs";

const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const TEXT = /\.(ts|tsx|mts|cts|js|mjs|cjs|json|md|css)$/;

/** The source the Traditional copy converts: these folders whole (tests left out)... */
export const SOURCE_DIRS = ["app", "components", "content", "islands", "lib"];
/** ...and these files: the build configs, and what next.config.js requires. */
export const CONFIG_FILES = ["postcss.config.mjs", "tsconfig.json", "build/site/security-headers.cjs", "build/site/own-scripts.cjs"];

/** Every file under dir (relative paths), tests left out. @param {string} root @param {string} dir */
function filesUnder(root, dir) {
  return readdirSync(join(root, dir), { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => statSync(join(root, f)).isFile() && !/\.test\.tsx?$/.test(f));
}

/**
 * The converted copy of the project's source in buildDir (default .hant-build/), ready
 * for `next build`.
 * @param {string} [project] the project's folder
 * @param {string} [buildDir]
 */
export async function copyConverted(project = ROOT, buildDir = join(project, ".hant-build")) {
  const root = resolve(project);
  const hant = resolve(buildDir);
  const published = await readPublishedTitles(join(root, "content", "sources.ts"));
  rmSync(hant, { recursive: true, force: true });
  mkdirSync(hant, { recursive: true });
  symlinkSync(join(root, "node_modules"), join(hant, "node_modules"), "dir");
  const files = [...SOURCE_DIRS.flatMap((dir) => filesUnder(root, dir)), ...CONFIG_FILES];
  let converted = 0;
  for (const file of files) {
    const target = join(hant, file);
    mkdirSync(dirname(target), { recursive: true });
    if (!TEXT.test(file)) {
      cpSync(join(root, file), target);
      continue;
    }
    const original = readFileSync(join(root, file), "utf8");
    let text = toTraditionalSource(original);
    if (file === join("content", "sources.ts")) {
      // The converted list under another name; sources.ts adds each published title to it.
      writeFileSync(join(hant, "content", `${CONVERTED_SOURCES_MODULE}.ts`), text);
      text = sourcesWithPublishedTitles(published);
    }
    // Tailwind finds class names by scanning the project; .hant-build is git-ignored,
    // so point it at the original source, whose class names are the same.
    if (file === join("app", "globals.css")) text = text.replace('@import "tailwindcss";', `@import "tailwindcss" source(${JSON.stringify(relative(join(hant, "app"), root))});`);
    if (text !== original) converted++;
    writeFileSync(target, text);
  }
  // The project's next.config (basePath from SITE_SCRIPT), with the project as
  // Turbopack's root so the symlinked node_modules is inside it, and without the type
  // check: the types are the project's, checked by `npm run typecheck`.
  cpSync(join(root, "next.config.js"), join(hant, "next.config.project.js"));
  writeFileSync(
    join(hant, "next.config.js"),
    `const base = require("./next.config.project.js");\nmodule.exports = { ...base, typescript: { ignoreBuildErrors: true }, turbopack: { ...base.turbopack, root: ${JSON.stringify(root)} } };\n`,
  );
  writeFileSync(join(hant, "package.json"), JSON.stringify({ name: "yuqi-mingbai-hant", private: true }, null, 2));
  return { files: files.length, converted };
}

/** @param {string} buildDir */
function build(buildDir) {
  const r = spawnSync(join(ROOT, "node_modules", ".bin", "next"), ["build"], {
    cwd: buildDir,
    stdio: "inherit",
    env: { ...process.env, SITE_SCRIPT: "hant", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (r.status !== 0) throw new Error("build-traditional: next build of the Traditional site failed");
}

/**
 * out/zh-Hant/ from .hant-build/out/, without what the Simplified site serves for both.
 * @param {string} buildDir @param {string} outDir
 */
export function moveOut(buildDir, outDir) {
  if (!existsSync(join(outDir, "index.html"))) throw new Error("build-traditional: run next build first (no out/index.html)");
  const target = join(outDir, "zh-Hant");
  rmSync(target, { recursive: true, force: true });
  renameSync(join(buildDir, "out"), target);
  // One sitemap and one robots.txt, at the root, list both sites (app/sitemap.ts).
  for (const f of ["sitemap.xml", "robots.txt", "_not-found", "_not-found.html", "_not-found.txt"]) rmSync(join(target, f), { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = performance.now();
  const buildDir = join(ROOT, ".hant-build");
  const copied = await copyConverted(ROOT, buildDir);
  const copiedMs = performance.now() - started;
  build(buildDir);
  moveOut(buildDir, join(ROOT, "out"));
  console.log(
    `build-traditional: ${copied.files} source files copied, ${copied.converted} converted (${Math.round(copiedMs)} ms); ` +
      `Traditional site in out/zh-Hant/, ${((performance.now() - started) / 1000).toFixed(1)} s in all`,
  );
}
