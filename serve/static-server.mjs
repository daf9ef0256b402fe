// The two decisions serve/server.mjs makes itself before sirv looks for a file: which
// requests are refused outright, and how the 404 page is sent. Kept apart so unit
// tests can check them without a server.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const MAX_PATH = 2048;

/**
 * Why a request is refused before any file lookup, or null: 405 for a method other
 * than GET and HEAD (the site is read-only), 400 for a URL that is not a path, is
 * longer than any page's, or whose percent-encoding does not decode (so it can never
 * name a file, and must not reach the lookup as an exception).
 * @param {{ method?: string, url?: string }} req
 * @returns {{ status: 400 | 405, message: string } | null}
 */
export function requestProblem(req) {
  if (req.method !== "GET" && req.method !== "HEAD") return { status: 405, message: "只支持 GET 和 HEAD 请求。" };
  const url = req.url ?? "";
  const path = url.split("?")[0] ?? "";
  if (!path.startsWith("/") || path.length > MAX_PATH) return { status: 400, message: "请求的地址无效。" };
  try {
    if (decodeURIComponent(path).includes("\0")) return { status: 400, message: "请求的地址无效。" };
  } catch {
    return { status: 400, message: "请求的地址无效。" };
  }
  return null;
}

/**
 * The 404 page (out/404.html, as the build wrote it, with its .br and .gz) with status
 * 404, in the encoding the client accepts. Read once: it is a few KiB.
 * @param {string} outDir
 */
export function notFoundResponder(outDir) {
  const file = join(outDir, "404.html");
  if (!existsSync(file)) throw new Error(`${file} is missing (run npm run build)`);
  const bodies = {
    br: existsSync(`${file}.br`) ? readFileSync(`${file}.br`) : null,
    gzip: existsSync(`${file}.gz`) ? readFileSync(`${file}.gz`) : null,
    identity: readFileSync(file),
  };
  /** @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res */
  return (req, res) => {
    const accepted = String(req.headers["accept-encoding"] ?? "");
    const encoding = bodies.br && /\bbr\b/.test(accepted) ? "br" : bodies.gzip && /\bgzip\b/.test(accepted) ? "gzip" : "identity";
    const body = /** @type {Buffer} */ (bodies[encoding]);
    res.statusCode = 404;
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.setHeader("Cache-Control", "no-cache");
    res.setHeader("Vary", "Accept-Encoding");
    res.setHeader("Content-Length", body.length);
    if (encoding !== "identity") res.setHeader("Content-Encoding", encoding);
    res.end(req.method === "HEAD" ? undefined : body);
  };
}
