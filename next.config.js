// @ts-check
const { securityHeaders } = require("./build/site/security-headers.cjs");

const dev = process.env.NODE_ENV === "development";
// The Traditional Chinese build (build/traditional/build.mjs) runs `next build` on a
// converted copy of the source with SITE_SCRIPT=hant; it is served under /zh-Hant.
const basePath = process.env.SITE_SCRIPT === "hant" ? "/zh-Hant" : "";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // `next build` writes a static site to out/: every page is prerendered HTML, so
  // nginx, any CDN or static host serves it with no Node process. build/postbuild.mjs
  // then gives each page its CSP meta tag, strips the scripts from reading pages and
  // precompresses every text file (see docs/serving-and-security.md).
  output: "export",
  poweredByHeader: false,
  reactStrictMode: true,
  ...(basePath ? { basePath } : {}),
  // Inlined at build time: lib/script/site-script.ts reads it to prefix links and fetches.
  env: { SITE_BASE_PATH: basePath },
  // A static export has no server to send headers: production headers come from
  // out/_headers, deploy/nginx/ and serve/server.mjs. `next dev` still sends them here.
  ...(dev ? { headers: async () => [{ source: "/:path*", headers: securityHeaders({ dev }) }] } : {}),
};

module.exports = nextConfig;
