// Production build + `next start` helpers for the measuring scripts (budget, load,
// lighthouse). The server is started as node_modules/.bin/next (not npx) in its own
// process group, and stopped by that group id.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const NEXT_BIN = join(ROOT, "node_modules", ".bin", "next");
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
 * Makes sure .next holds a production build with the per-route CSP hashes:
 * builds (npm run build, which runs the postbuild CSP step) when there is no build
 * or when `rebuild` is set; otherwise re-applies the CSP step if it is missing.
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
  const r = spawnSync(process.execPath, [join(ROOT, "scripts", "csp-postbuild.mjs"), "--if-needed"], { cwd: ROOT, stdio: "inherit", env });
  if (r.status !== 0) throw new Error("csp-postbuild failed");
}

/** Starts `next start` on 127.0.0.1:port and resolves once it answers. */
export async function startServer({ port, cwd = ROOT, timeoutMs = 60_000 } = {}) {
  const child = spawn(NEXT_BIN, ["start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd,
    env,
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
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
    if (exited) throw new Error(`next start exited early (port ${port} busy?)\n${stderr}`);
    try {
      const res = await fetch(`${url}/`, { redirect: "manual" });
      await res.arrayBuffer();
      return { url, stop };
    } catch {
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  stop();
  throw new Error(`next start did not answer on ${url} within ${timeoutMs} ms`);
}
