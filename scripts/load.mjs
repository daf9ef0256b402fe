#!/usr/bin/env node
// `npm run load`: throughput of the production server on 127.0.0.1 (bounded run).
// Starts the production server (server.mjs, building first if there is no build) and,
// once its precompressed responses are in memory, drives it with autocannon across the
// main routes, cycling through them on every connection.
// Prints requests/s, latency p50/p99, errors and non-2xx; exits 1 on any error/non-2xx.
//
// Options: --duration S (default 20)  --connections N (default 50)  --port N (default 3102)
//          --build (rebuild first)  --identity (ask for uncompressed responses)
import autocannon from "autocannon";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { resolveRoutes } from "./lib/routes.mjs";
import { ROOT, ensureBuild, startServer } from "./lib/server.mjs";

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const duration = Math.min(opt("duration", 20), 120); // bounded whatever is asked
const connections = opt("connections", 50);
const acceptEncoding = args.includes("--identity") ? "identity" : "gzip, deflate, br, zstd";
const port = opt("port", Number(process.env.LOAD_PORT ?? 3102));

ensureBuild({ rebuild: args.includes("--build") });
const routes = resolveRoutes({ firstOnly: true }).filter((r) => r.built);
const server = await startServer({ port });
try {
  // Warm up each route once (first hit loads the page module).
  for (const r of routes) await (await fetch(server.url + r.path)).arrayBuffer();
  console.log(`autocannon: ${connections} connections, ${duration}s, Accept-Encoding "${acceptEncoding}", routes ${routes.map((r) => r.path).join(" ")}`);
  const result = await autocannon({
    url: server.url,
    connections,
    duration,
    // What Chrome asks for over HTTPS; --identity measures uncompressed responses.
    requests: routes.map((r) => ({ method: "GET", path: r.path, headers: { "accept-encoding": acceptEncoding } })),
  });
  const s = {
    routes: routes.map((r) => r.path),
    connections,
    acceptEncoding,
    durationSeconds: duration,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    throughputMBps: +(result.throughput.average / 1e6).toFixed(2),
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
  console.log(
    `load: ${s.requestsPerSecond} req/s, p50 ${s.latencyMs.p50} ms, p99 ${s.latencyMs.p99} ms, ` +
      `${s.requests} requests, ${s.errors} errors, ${s.timeouts} timeouts, ${s.non2xx} non-2xx`,
  );
  mkdirSync(join(ROOT, "reports"), { recursive: true });
  writeFileSync(join(ROOT, "reports", "load.json"), JSON.stringify(s, null, 2));
  process.exitCode = s.errors || s.timeouts || s.non2xx ? 1 : 0;
} finally {
  server.stop();
}
