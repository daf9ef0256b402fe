// The one definition of the site's security headers, its Content-Security-Policy and
// its cache policy. Everything that serves the site reads it from here:
//   - build/postbuild.mjs puts each page's CSP in a <meta http-equiv> (the script
//     hashes differ per page) and writes out/_headers (Netlify, Cloudflare Pages);
//   - build/site/deploy-configs.mjs renders the nginx config in deploy/nginx/;
//   - serve/server.mjs (npm start) sends the same headers;
//   - next.config.js sends them in `next dev`.
// CommonJS so that next.config.js can require it without a build step.
"use strict";

/**
 * The page's policy, carried by a <meta http-equiv="Content-Security-Policy">.
 * A meta policy cannot hold frame-ancestors (browsers ignore it there): that one
 * travels as a header, see HEADER_CSP.
 * @param {{ scriptHashes?: string[], scripts?: boolean | "self", dev?: boolean }} [opts]
 * scriptHashes: base64 sha256 digests (without the 'sha256-' prefix) of the page's
 * inline scripts; scripts: false for a page that ships no script at all, "self" for a
 * reading page whose only scripts are our own same-origin files (the service-worker
 * registration, and on Simplified pages the Traditional suggestion; see
 * build/site/own-scripts.cjs): 'self' and no inline script.
 */
function buildCsp(opts = {}) {
  const hashes = [...new Set(opts.scriptHashes ?? [])].sort().map((h) => `'sha256-${h}'`);
  const scripts = opts.scripts ?? true;
  const directives = {
    "default-src": ["'self'"],
    // No 'unsafe-inline', no 'unsafe-eval' in production. Every page of the site says
    // 'self' with no hash: its scripts are our own same-origin files (islands, the worker
    // registration, the Traditional suggestion; docs/serving-and-security.md). Hashes are
    // for the bare reference apps, which keep Next's inline bootstrap scripts; 'none' for
    // a page that ships no script at all.
    // next dev needs eval (React's debugging) and its inline scripts change on every
    // render, so dev relaxes script-src; production never does.
    "script-src": opts.dev ? ["'self'", "'unsafe-inline'", "'unsafe-eval'"] : scripts === "self" ? ["'self'"] : scripts ? ["'self'", ...hashes] : ["'none'"],
    // Inline style attributes (React's style={...}) need it; CSS cannot run script,
    // and img-src/connect-src/font-src 'self' stop CSS from loading anything from
    // another origin.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": opts.dev ? ["'self'", "ws:"] : ["'self'"],
    "manifest-src": ["'self'"],
    "media-src": ["'none'"],
    // The service workers (/sw.js, /sw-zh-Hant.js), from this origin only.
    "worker-src": ["'self'"],
    "frame-src": ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/**
 * The part of the policy a meta tag cannot carry, sent as a header on every path.
 * It holds no script-src: two policies are both enforced, so a header script-src
 * would have to repeat every page's hashes.
 */
const HEADER_CSP = "frame-ancestors 'none'";

const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "browsing-topics=()",
  "camera=()",
  "display-capture=()",
  "encrypted-media=()",
  "fullscreen=()",
  "geolocation=()",
  "gyroscope=()",
  "hid=()",
  "interest-cohort=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "picture-in-picture=()",
  "publickey-credentials-get=()",
  "screen-wake-lock=()",
  "serial=()",
  "usb=()",
  "xr-spatial-tracking=()",
].join(", ");

/**
 * Headers sent on every response, the same for every path (the per-page part of the
 * policy is in each page's meta tag). In dev, the whole policy travels as a header,
 * because dev pages carry no meta tag.
 */
function securityHeaders({ dev = false } = {}) {
  const headers = [
    { key: "Content-Security-Policy", value: dev ? `${buildCsp({ dev })}; ${HEADER_CSP}` : HEADER_CSP },
    { key: "Referrer-Policy", value: "no-referrer" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
    { key: "X-DNS-Prefetch-Control", value: "off" },
  ];
  if (!dev) {
    // Ignored by browsers on plain-HTTP localhost; effective behind HTTPS.
    headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
  }
  return headers;
}

/**
 * Cache policy. Files under /_next/static/ have the content hash in their name: a
 * new build writes new names, so they never change and are kept a year. Everything
 * else (HTML, content.json, robots, sitemap, icon) keeps its name across builds and
 * must be revalidated on every use (ETag / Last-Modified), so a redeploy is seen at
 * once and a page never runs with scripts from another build.
 */
const IMMUTABLE_PREFIX = "/_next/static/";
/** The Traditional site (out/zh-Hant, build/traditional/build.mjs) has build files of its own. */
const TRADITIONAL_IMMUTABLE_PREFIX = "/zh-Hant/_next/static/";
const CACHE_IMMUTABLE = "public, max-age=31536000, immutable";
const CACHE_REVALIDATE = "no-cache";
const cacheControlFor = (/** @type {string} */ pathname) =>
  pathname.startsWith(IMMUTABLE_PREFIX) || pathname.startsWith(TRADITIONAL_IMMUTABLE_PREFIX) ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
/**
 * Each service worker keeps its name across builds and must never be taken from an
 * HTTP cache: browsers compare it byte for byte on every check to find a new build.
 * Named in every config explicitly (a host's default must not decide it).
 */
const { SERVICE_WORKER_PATHS } = require("./own-scripts.cjs"); // one per script
const CACHE_SERVICE_WORKER = CACHE_REVALIDATE;

module.exports = {
  buildCsp,
  HEADER_CSP,
  securityHeaders,
  PERMISSIONS_POLICY,
  IMMUTABLE_PREFIX,
  TRADITIONAL_IMMUTABLE_PREFIX,
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  cacheControlFor,
  SERVICE_WORKER_PATHS,
  CACHE_SERVICE_WORKER,
};
