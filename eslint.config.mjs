import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // CommonJS config files (next.config.js requires build/site/security-headers.cjs).
    files: ["next.config.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Plain <a> links on purpose (components/site-link.tsx): static pages, no client router JS.
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
  {
    // `_`-prefixed names are deliberately unused (e.g. a prop accepted and dropped).
    rules: { "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }] },
  },
  // build/ is our build code, not build output (Next's config ignores build/** by default; the site is in out/).
  globalIgnores(["!build/**"]),
  globalIgnores([
    ".next/**",
    "out/**",
    "next-env.d.ts",
    "node_modules/**",
    "reports/**",
    "test-results/**",
    "playwright-report/**",
    ".budget-bare/**",
    ".hant-build/**",
    "coverage/**",
  ]),
]);
