#!/usr/bin/env node
// `npm run load`: throughput of both servers of the static site on 127.0.0.1, in one
// run, with the same page mix: serve/server.mjs (npm start, sirv) and nginx with the shipped
// config (the reference). autocannon cycles through the main routes on every
// connection, asking for what Chrome asks for. The load generator shares the machine's
// cores with the server, so the Node/nginx ratio says more than either figure.
// Prints requests/s, p50/p99 latency, errors and non-2xx per server, and the ratio;
// exits 1 on any error/non-2xx.
//
// Options: --duration S (default 20)  --connections N (default 50)  --build (rebuild first)
//          --identity (ask for uncompressed responses)
// Ports: LOAD_PORT (default 3102) for serve/server.mjs, LOAD_NGINX_PORT (default 3106) for nginx.
import autocannon from "autocannon";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { resolveRoutes } from "../build/site/routes.cjs";
import { ROOT, ensureBuild, startNginx, startServer } from "../serve/servers.mjs";

const args = process.argv.slice(2);
const opt = (/** @type {string} */ name, /** @type {number} */ dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const duration = Math.min(opt("duration", 20), 120); // bounded whatever is asked
const connections = opt("connections", 50);
const acceptEncoding = args.includes("--identity") ? "identity" : "gzip, deflate, br, zstd";
const nodePort = Number(process.env.LOAD_PORT ?? 3102);
const nginxPort = Number(process.env.LOAD_NGINX_PORT ?? 3106);

ensureBuild({ rebuild: args.includes("--build") });
const routes = resolveRoutes({ firstOnly: true }).filter((r) => r.built && r.path !== "/404");
console.log(`autocannon: ${connections} connections, ${duration}s per server, Accept-Encoding "${acceptEncoding}", routes ${routes.map((r) => r.path).join(" ")}`);

/** @param {string} name @param {() => Promise<{ url: string, stop: () => void }>} start */
async function measure(name, start) {
  const server = await start();
  try {
    for (const r of routes) await (await fetch(server.url + r.path)).arrayBuffer();
    const result = await autocannon({
      url: server.url,
      connections,
      duration,
      requests: routes.map((r) => ({ method: "GET", path: r.path, headers: { "accept-encoding": acceptEncoding } })),
    });
    return {
      server: name,
      requests: result.requests.total,
      requestsPerSecond: Math.round(result.requests.average),
      latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
      throughputMBps: +(result.throughput.average / 1e6).toFixed(2),
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
    };
  } finally {
    server.stop();
  }
}

const [node, nginx] = [
  await measure("node (serve/server.mjs, sirv)", () => startServer({ port: nodePort })),
  await measure("nginx (deploy/nginx/site.conf)", () => startNginx({ port: nginxPort })),
];
const results = [node, nginx];
for (const s of results) {
  console.log(
    `${s.server.padEnd(31)} ${String(s.requestsPerSecond).padStart(6)} req/s  p50 ${s.latencyMs.p50} ms  p99 ${s.latencyMs.p99} ms  ` +
      `${s.requests} requests, ${s.errors} errors, ${s.timeouts} timeouts, ${s.non2xx} non-2xx`,
  );
}
const ratio = node.requestsPerSecond / nginx.requestsPerSecond;
console.log(`Node/nginx: ${ratio.toFixed(2)}x requests/s (goal >= 0.5x, p99 < 20 ms)`);
mkdirSync(join(ROOT, "reports"), { recursive: true });
writeFileSync(
  join(ROOT, "reports", "load.json"),
  JSON.stringify({ routes: routes.map((r) => r.path), connections, acceptEncoding, durationSeconds: duration, results, nodeToNginx: +ratio.toFixed(3) }, null, 2),
);
process.exitCode = results.some((s) => s.errors || s.timeouts || s.non2xx) ? 1 : 0;
