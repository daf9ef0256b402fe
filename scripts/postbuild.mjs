#!/usr/bin/env node
// The post-build steps, in order (npm "postbuild", and the Playwright web server for a
// build made by a plain `next build`): per-route CSP hashes (csp-postbuild.mjs), then
// the compile hints (compile-hints-postbuild.mjs). Both are idempotent.
// Usage: node scripts/postbuild.mjs [--if-needed] [--dist .next]
import { resolve } from "node:path";
import { applyPostBuild } from "./lib/server.mjs";

const args = process.argv.slice(2);
const distArg = args.indexOf("--dist");
applyPostBuild(resolve(distArg >= 0 ? args[distArg + 1] : ".next"), { ifNeeded: args.includes("--if-needed") });
