// @ts-check
// The production server (`npm start`): Next's request handler behind an in-memory
// store of precompressed static responses (server/static-response-cache.mjs).
// Usage: node server.mjs [-H host] [-p port] [--dir app]   (PORT also read from the
// environment; like `next start`, it listens on every interface on port 3000 unless
// told otherwise; --dir serves another Next app's build, e.g. Lighthouse's reference)
// Needs a production build (`npm run build`, which also runs scripts/postbuild.mjs).
import { createServer } from "node:http";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { cacheablePaths } from "./server/cacheable-paths.mjs";
import { createStaticResponseCache } from "./server/static-response-cache.mjs";

process.env.NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const { default: next } = await import("next");

const args = process.argv.slice(2);
/** The value after any of `names`, e.g. flag("-p", "--port"). @param {...string} names */
const flag = (...names) => {
  const i = args.findIndex((a) => names.includes(a));
  return i >= 0 ? args[i + 1] : undefined;
};
const hostname = flag("-H", "--hostname");
const port = Number(flag("-p", "--port") ?? process.env.PORT ?? 3000);
const dir = resolve(flag("--dir") ?? fileURLToPath(new URL(".", import.meta.url)));

const app = next({ dev: false, dir, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const cache = createStaticResponseCache();
const server = createServer((req, res) => {
  if (cache.serve(req, res)) return;
  handle(req, res).catch(() => {
    // Next renders its own error page; this only guards against a failure in that.
    if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    res.end("服务器出错了，请稍后再试。");
  });
});

server.on("error", (error) => {
  console.error(`cannot listen on ${hostname ?? "*"}:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, hostname, async () => {
  const everywhere = !hostname || hostname === "0.0.0.0" || hostname === "::";
  const url = everywhere ? `http://127.0.0.1:${port}` : `http://${hostname.includes(":") ? `[${hostname}]` : hostname}:${port}`;
  console.log(`> 逾期明白 on ${everywhere ? `http://localhost:${port}` : url}`);
  const started = performance.now();
  const { responses, bytes } = await cache.fill(url, cacheablePaths(dir));
  console.log(
    `> static responses ready: ${responses} in memory (${(bytes / 1024).toFixed(0)} KiB, all encodings), ` +
      `${Math.round(performance.now() - started)} ms`,
  );
});

for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
  process.once(signal, () => {
    server.close();
    server.closeAllConnections();
    app.close().finally(() => process.exit(0));
  });
}
