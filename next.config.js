// @ts-check
const { securityHeaders } = require("./scripts/security-headers.cjs");

const dev = process.env.NODE_ENV === "development";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // `next build` writes a static site to out/: every page is prerendered HTML, so
  // nginx, any CDN or static host serves it with no Node process. scripts/postbuild.mjs
  // then gives each page its CSP meta tag, strips the scripts from reading pages and
  // precompresses every text file (see README, Serving and Deploy).
  output: "export",
  poweredByHeader: false,
  reactStrictMode: true,
  // A static export has no server to send headers: production headers come from
  // out/_headers, deploy/nginx/ and server.mjs. `next dev` still sends them here.
  ...(dev ? { headers: async () => [{ source: "/:path*", headers: securityHeaders({ dev }) }] } : {}),
};

module.exports = nextConfig;
