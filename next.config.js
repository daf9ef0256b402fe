// @ts-check
const { securityHeaders } = require("./scripts/security-headers.cjs");

const dev = process.env.NODE_ENV === "development";

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    // One rule for every path. After `next build`, scripts/csp-postbuild.mjs
    // (the npm "postbuild" script) swaps in per-route CSPs that carry the sha256
    // hashes of each prerendered page's inline scripts.
    return [{ source: "/:path*", headers: securityHeaders({ dev }) }];
  },
};

module.exports = nextConfig;
