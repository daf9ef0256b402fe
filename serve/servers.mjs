// Production build + server helpers for the measuring scripts (budget, load,
// lighthouse), the e2e web servers and start:nginx. Both servers serve the static site
// in out/: serve/server.mjs (what `npm start` runs) and nginx with deploy/nginx/site.conf.
// Each runs in its own process group, stopped by that group id.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { renderNginxMain } from "../build/site/deploy-configs.mjs";

export const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
export const OUT = join(ROOT, "out");
const SERVER = join(ROOT, "serve", "server.mjs");
export const NGINX = "/usr/sbin/nginx";
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

/** @param {string} dir @returns {number} */
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
 * Makes sure out/ holds a finished static site (next build + build/postbuild.mjs):
 * builds when there is none (its last file, _headers, is missing) or when `rebuild`.
 */
export function ensureBuild({ rebuild = false } = {}) {
  const marker = join(OUT, "_headers");
  if (rebuild || !existsSync(marker)) {
    console.log("> npm run build");
    const r = spawnSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "inherit", env });
    if (r.status !== 0) throw new Error("npm run build failed");
    return;
  }
  const sources = Math.max(...["app", "components", "lib", "content", "public"].map((d) => newestMtime(join(ROOT, d))));
  if (sources > statSync(marker).mtimeMs) {
    console.warn("warning: source files are newer than out/ (measuring the existing build; pass --build to rebuild)");
  }
}

/** @param {import("node:child_process").ChildProcess} child @param {string} name */
function processGroup(child, name) {
  let output = "";
  child.stdout?.on("data", (/** @type {Buffer} */ d) => (output += d));
  child.stderr?.on("data", (/** @type {Buffer} */ d) => (output += d));
  let exited = false;
  child.on("exit", () => (exited = true));
  const stop = () => {
    if (exited) return;
    try {
      process.kill(-(child.pid ?? 0), "SIGTERM");
    } catch {
      /* already gone */
    }
  };
  for (const sig of ["SIGINT", "SIGTERM"]) process.once(sig, () => (stop(), process.exit(130)));
  process.once("exit", stop);
  return { stop, exited: () => exited, output: () => `${name}: ${output}` };
}

/** @param {string} url @param {ReturnType<typeof processGroup>} group @param {number} timeoutMs */
async function waitUntilServing(url, group, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (group.exited()) throw new Error(`exited early (port busy?)\n${group.output()}`);
    try {
      await (await fetch(`${url}/`)).arrayBuffer();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  group.stop();
  throw new Error(`not serving on ${url} within ${timeoutMs} ms\n${group.output()}`);
}

/**
 * Starts serve/server.mjs on 127.0.0.1:port, serving outDir (this app's out/ by default).
 * @param {{ port: number, outDir?: string, timeoutMs?: number }} options
 */
export async function startServer({ port, outDir = OUT, timeoutMs = 30_000 }) {
  const child = spawn(process.execPath, [SERVER, "-H", "127.0.0.1", "-p", String(port), "--dir", outDir], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const group = processGroup(child, "serve/server.mjs");
  const url = `http://127.0.0.1:${port}`;
  await waitUntilServing(url, group, timeoutMs);
  return { url, stop: group.stop };
}

/** Writes an nginx.conf for outDir in a fresh temp folder; returns its path. @param {{ port: number, host?: string, outDir?: string }} options */
export function writeNginxConf({ port, host = "127.0.0.1", outDir = OUT }) {
  const runDir = mkdtempSync(join(tmpdir(), "yuqi-nginx-"));
  const confFile = join(runDir, "nginx.conf");
  writeFileSync(confFile, renderNginxMain({ outDir, siteConf: join(ROOT, "deploy", "nginx", "site.conf"), runDir, host, port }));
  return confFile;
}

/**
 * Starts nginx in the foreground serving outDir on host:port (its own process group).
 * @param {{ port: number, host?: string, outDir?: string, stdio?: "pipe" | "inherit", timeoutMs?: number }} options
 */
export async function startNginx({ port, host = "127.0.0.1", outDir = OUT, stdio = "pipe", timeoutMs = 15_000 }) {
  const confFile = writeNginxConf({ port, host, outDir });
  const child = spawn(NGINX, ["-c", confFile, "-e", "stderr"], { cwd: ROOT, detached: stdio !== "inherit", stdio: stdio === "inherit" ? "inherit" : ["ignore", "pipe", "pipe"] });
  const group = processGroup(child, "nginx");
  const url = `http://${host}:${port}`;
  await waitUntilServing(url, group, timeoutMs);
  return { url, stop: group.stop, confFile, child };
}
