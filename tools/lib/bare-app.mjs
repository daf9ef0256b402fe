// A bare Next app built with this project's next/react and next.config, used as the
// framework's own minimum: by the budget (its first-load JavaScript) and by the
// Lighthouse run (the same page with one paragraph, as the scores' floor).
// Built once per Next version, config and post-build steps into .budget-bare/<key>[-variant]/,
// as a static export with the same post-build step as the app (meta CSP, compile hints,
// precompression), keeping the framework's scripts.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../../serve/servers.mjs";

const version = (/** @type {string} */ pkg) => JSON.parse(readFileSync(join(ROOT, "node_modules", pkg, "package.json"), "utf8")).version;

/** Changes whenever next, react, the config the bare app copies or the post-build steps change. */
export function bareAppKey() {
  const h = createHash("sha256");
  const buildFiles = ["site", "lib", "steps"].flatMap((dir) => readdirSync(join(ROOT, "build", dir)).map((f) => join("build", dir, f)));
  for (const f of ["next.config.js", "build/postbuild.mjs", ...buildFiles.sort()]) h.update(readFileSync(join(ROOT, f)));
  return `next-${version("next")}-react-${version("react")}-${h.digest("hex").slice(0, 10)}`;
}

export const nextVersion = () => version("next");
export const reactVersion = () => version("react");

/**
 * Builds the bare app into .budget-bare/<dirName>/ unless `isBuilt(dir)` says it is
 * there already. `pageTsx` is app/page.tsx; the layout is the minimal one.
 * @param {{ dirName: string, pageTsx: string, isBuilt: (dir: string) => boolean, label: string }} options
 * @returns {string} the app's directory
 */
export function buildBareApp({ dirName, pageTsx, isBuilt, label }) {
  const dir = join(ROOT, ".budget-bare", dirName);
  if (isBuilt(dir)) return dir;
  console.log(`> building ${label} in .budget-bare/${dirName} (once per Next version/config)`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "app"), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  // The project's own next.config, plus an explicit Turbopack root (the project) so the
  // symlinked node_modules is inside it whatever lockfile detection would pick.
  copyFileSync(join(ROOT, "next.config.js"), join(dir, "next.config.project.js"));
  writeFileSync(
    join(dir, "next.config.js"),
    `const base = require("./next.config.project.js");\nmodule.exports = { ...base, turbopack: { ...base.turbopack, root: ${JSON.stringify(ROOT)} } };\n`,
  );
  // What next.config.js requires: the headers' definition and the names it reads.
  mkdirSync(join(dir, "build", "site"), { recursive: true });
  for (const file of ["security-headers.cjs", "own-scripts.cjs"]) copyFileSync(join(ROOT, "build", "site", file), join(dir, "build", "site", file));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "budget-bare", private: true }, null, 2));
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022", lib: ["dom", "dom.iterable", "es2023"], strict: true, noEmit: true, module: "esnext",
        moduleResolution: "bundler", jsx: "react-jsx", isolatedModules: true, skipLibCheck: true, plugins: [{ name: "next" }],
      },
      include: ["next-env.d.ts", "**/*.ts", "**/*.tsx"],
      exclude: ["node_modules"],
    }, null, 2),
  );
  writeFileSync(
    join(dir, "app", "layout.tsx"),
    'export default function RootLayout({ children }: { children: React.ReactNode }) {\n  return (\n    <html lang="zh-CN">\n      <body>{children}</body>\n    </html>\n  );\n}\n',
  );
  writeFileSync(join(dir, "app", "page.tsx"), pageTsx);
  const r = spawnSync(join(ROOT, "node_modules", ".bin", "next"), ["build"], {
    cwd: dir,
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (r.status !== 0) {
    console.error(r.stdout?.toString());
    throw new Error(`${label} build failed`);
  }
  // The same post-build step as the app, so the two are compared like for like.
  const post = spawnSync(process.execPath, [join(ROOT, "build", "postbuild.mjs"), "--app", dir, "--no-routes"], { cwd: ROOT, stdio: "inherit" });
  if (post.status !== 0) throw new Error(`${label} post-build step failed`);
  return dir;
}
