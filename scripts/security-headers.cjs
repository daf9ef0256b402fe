// Single source of the security headers and the Content-Security-Policy.
// Used by next.config.js (headers for every path, with a script-src that has no
// hashes yet) and by scripts/csp-postbuild.mjs (per-route script-src hashes of the
// inline scripts in the prerendered HTML, written into .next/routes-manifest.json).
// CommonJS so that next.config.js can require it without a build step.
"use strict";

/**
 * @param {{ scriptHashes?: string[], dev?: boolean }} [opts]
 * scriptHashes: base64 sha256 digests (without the 'sha256-' prefix)
 */
function buildCsp(opts = {}) {
  const hashes = [...new Set(opts.scriptHashes ?? [])].sort().map((h) => `'sha256-${h}'`);
  const directives = {
    "default-src": ["'self'"],
    // No 'unsafe-inline', no 'unsafe-eval' in production: Next's inline bootstrap
    // scripts are allowed one by one by their sha256 hash (see README, Security).
    // next dev needs eval (React's debugging) and its inline scripts change on every
    // render, so dev relaxes script-src; production never does.
    "script-src": opts.dev ? ["'self'", "'unsafe-inline'", "'unsafe-eval'"] : ["'self'", ...hashes],
    // Inline style attributes (React's style={...}, Next's route announcer) need it;
    // CSS cannot run script, and img-src/connect-src/font-src 'self' stop CSS from
    // loading anything from another origin.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": opts.dev ? ["'self'", "ws:"] : ["'self'"],
    "manifest-src": ["'self'"],
    "media-src": ["'none'"],
    "worker-src": ["'self'"],
    "frame-src": ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

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

/** Headers sent on every response (the CSP among them is the hash-less fallback). */
function securityHeaders({ dev = false } = {}) {
  const headers = [
    { key: "Content-Security-Policy", value: buildCsp({ dev }) },
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

module.exports = { buildCsp, securityHeaders, PERMISSIONS_POLICY };
