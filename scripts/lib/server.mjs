// Production build + server helpers for the measuring scripts (budget, load,
// lighthouse). The server is the app's own (server.mjs, what `npm start` runs), in its
// own process group, stopped by that group id.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const SERVER = join(ROOT, "server.mjs");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function newestMtime(dir) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    newest = Math.max(newest, st.isDirectory() ? newestMtime(p) : st.mtimeMs);
  }
  return newest;
}

/**
 * Makes sure .next holds a production build with its post-build steps applied:
 * builds (npm run build, which runs them) when there is no build or when `rebuild`
 * is set; otherwise re-applies them where missing.
 */
export function ensureBuild({ rebuild = false } = {}) {
  const buildId = join(ROOT, ".next", "BUILD_ID");
  if (rebuild || !existsSync(buildId)) {
    console.log("> npm run build");
    const r = spawnSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "inherit", env });
    if (r.status !== 0) throw new Error("next build failed");
    return;
  }
  const built = statSync(buildId).mtimeMs;
  const sources = Math.max(...["app", "components", "lib", "content", "public"].map((d) => newestMtime(join(ROOT, d))));
  if (sources > built) {
    console.warn("warning: source files are newer than .next (measuring the existing build; pass --build to rebuild)");
  }
  applyPostBuild(join(ROOT, ".next"), { ifNeeded: true });
}

/**
 * The post-build steps (scripts/postbuild.mjs; also for a plain `next build` or a bare
 * app): the per-route CSP hashes, then the compile hints. Both are idempotent.
 */
export function applyPostBuild(distDir, { ifNeeded = false } = {}) {
  const steps = [
    ["csp-postbuild.mjs", ...(ifNeeded ? ["--if-needed"] : []), "--dist", distDir],
    ["compile-hints-postbuild.mjs", "--dist", distDir],
  ];
  for (const [script, ...rest] of steps) {
    const r = spawnSync(process.execPath, [join(ROOT, "scripts", script), ...rest], { cwd: ROOT, stdio: "inherit", env });
    if (r.status !== 0) throw new Error(`${script} failed for ${distDir}`);
  }
}

/**
 * Starts server.mjs on 127.0.0.1:port, serving appDir's build (this app's by default),
 * and resolves once its precompressed static responses are in memory (it prints a
 * "static responses ready" line), so that measurements never include the warm-up.
 */
export async function startServer({ port, cwd = ROOT, appDir = ROOT, timeoutMs = 60_000 } = {}) {
  const child = spawn(process.execPath, [SERVER, "-H", "127.0.0.1", "-p", String(port), "--dir", appDir], {
    cwd,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  let exited = false;
  child.on("exit", () => (exited = true));
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (exited) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      /* already gone */
    }
  };
  for (const sig of ["SIGINT", "SIGTERM"]) process.once(sig, () => (stop(), process.exit(130)));
  process.once("exit", stop);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`server.mjs exited early (port ${port} busy?)\n${output}`);
    if (output.includes("static responses ready")) return { url, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error(`server.mjs was not ready on ${url} within ${timeoutMs} ms\n${output}`);
}
