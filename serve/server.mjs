// The production server (`npm start`): serves the static site in out/ with sirv, the
// same files and headers nginx or a static host would serve (see docs/serving-and-security.md).
// Headers come from the one definition in build/site/security-headers.cjs; each page's
// CSP is in its own <meta http-equiv>. Precompressed .br/.gz files are served from
// disk as the build wrote them. Nothing is logged.
// Usage: node serve/server.mjs [-H host] [-p port] [--dir out]   (PORT also read from the
// environment; it listens on every interface on port 3000 unless told otherwise)
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import sirv from "sirv";
import { notFoundResponder, requestProblem } from "./static-server.mjs";

const require = createRequire(import.meta.url);
const { securityHeaders, cacheControlFor } = require("../build/site/security-headers.cjs");

const args = process.argv.slice(2);
/** The value after any of `names`, e.g. flag("-p", "--port"). @param {...string} names */
const flag = (...names) => {
  const i = args.findIndex((a) => names.includes(a));
  return i >= 0 ? args[i + 1] : undefined;
};
const hostname = flag("-H", "--hostname");
const port = Number(flag("-p", "--port") ?? process.env.PORT ?? 3000);
const outDir = resolve(flag("--dir") ?? fileURLToPath(new URL("../out", import.meta.url)));

const SECURITY_HEADERS = securityHeaders().map(({ key, value }) => /** @type {[string, string]} */ ([key, value]));
const notFoundHans = notFoundResponder(outDir);
// The Traditional site (out/zh-Hant) answers unknown paths under /zh-Hant/ with its own 404 page.
const notFoundHant = existsSync(join(outDir, "zh-Hant", "404.html")) ? notFoundResponder(join(outDir, "zh-Hant")) : notFoundHans;
/** @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res */
const notFound = (req, res) => (String(req.url).startsWith("/zh-Hant/") ? notFoundHant : notFoundHans)(req, res);
// dev: false reads the file list once at start-up; only files in out/ can ever be
// served (no path is joined onto the disk at request time), and dotfiles are left out.
const files = sirv(outDir, { dev: false, etag: true, gzip: true, brotli: true, extensions: ["html"], dotfiles: false, onNoMatch: notFound });

const server = createServer((req, res) => {
  for (const [key, value] of SECURITY_HEADERS) res.setHeader(key, value);
  const problem = requestProblem(req);
  if (problem) {
    if (problem.status === 405) res.setHeader("Allow", "GET, HEAD");
    res.writeHead(problem.status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-cache" });
    res.end(req.method === "HEAD" ? undefined : `${problem.message}\n`);
    return;
  }
  const url = /** @type {string} */ (req.url);
  res.setHeader("Cache-Control", cacheControlFor(url));
  // A trailing slash is not a second address for a page, as with nginx's try_files.
  const path = url.split("?")[0] ?? "";
  if (path.length > 1 && path.endsWith("/")) notFound(req, res);
  else files(req, res);
});

server.on("clientError", (_error, socket) => {
  // Malformed request lines and oversized headers: a plain 400, never a crash.
  if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
});
server.on("error", (error) => {
  console.error(`cannot listen on ${hostname ?? "*"}:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, hostname, () => {
  const everywhere = !hostname || hostname === "0.0.0.0" || hostname === "::";
  console.log(`> 逾期明白 on http://${everywhere ? "localhost" : hostname.includes(":") ? `[${hostname}]` : hostname}:${port} (static files from ${outDir})`);
});

for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
  process.once(signal, () => {
    server.close();
    server.closeAllConnections();
    process.exit(0);
  });
}
