import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("./", import.meta.url));

export default defineConfig({
  resolve: {
    // Same alias as tsconfig.json: "@/lib/x" -> "<root>/lib/x"
    alias: [
      { find: /^@\//, replacement: root },
      // Server-only modules are tested here as on the server (tests/support/server-only.ts).
      { find: /^server-only$/, replacement: `${root}tests/support/server-only.ts` },
    ],
  },
  test: {
    environment: "node",
    include: ["lib/**/*.test.ts", "tests/unit/**/*.test.ts"],
    exclude: ["tests/e2e/**", "node_modules/**", ".next/**", ".budget-bare/**", ".hant-build/**"],
  },
});
