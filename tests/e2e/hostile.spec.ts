// Hostile and malformed requests, on both servers: traversal (plain and encoded),
// malformed percent-encoding, overlong paths, dotfiles and other methods get 400, 404
// or 405 with the security headers. Never a 500, and never a file from outside out/.
import { readFileSync } from "node:fs";
import { expect, test } from "./helpers/fixtures";
import { expectSecurityHeaders, rawRequest } from "./helpers/headers";

// Text only files outside out/ contain: if a body holds one, the server escaped out/.
const OUTSIDE = ["root:x:0:0", '"name": "yuqi-mingbai"', "# 逾期明白", readFileSync("next.config.js", "utf8").slice(0, 40)];

const HOSTILE_PATHS = [
  "/../package.json",
  "/../../../../etc/passwd",
  "/questions/../../package.json",
  "/%2e%2e/package.json",
  "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
  "/..%2fpackage.json",
  "/..%2f..%2f..%2fetc%2fpasswd",
  "/%252e%252e/package.json",
  "/..\\package.json",
  "/_next/static/../../../package.json",
  "/questions/%E0%A4%A",
  "/%",
  "/%zz",
  "/%C0%AE%C0%AE/package.json",
  "/questions/%00",
  "/index.html%00.txt",
  `/${"a".repeat(300)}`,
  `/questions/${"x/".repeat(1500)}`,
  `/${"%2e%2e/".repeat(200)}etc/passwd`,
  "/.env",
  "/.git/config",
  "/.well-known/../package.json",
  "/_headers/../../README.md",
];

test.describe("hostile requests", { tag: "@headers" }, () => {
  test("get 400 or 404 with the security headers, never a file outside out/", async ({ baseURL }) => {
    for (const path of HOSTILE_PATHS) {
      const res = await rawRequest(baseURL!, path);
      const label = `GET ${path.slice(0, 60)}`;
      expect([400, 404], label).toContain(res.status);
      expectSecurityHeaders(res.headers, label);
      const body = res.body.toString("utf8");
      for (const secret of OUTSIDE) expect(body, `${label} leaks a file from outside out/`).not.toContain(secret);
    }
  });

  test("a malformed percent-encoding is a 400", async ({ baseURL }) => {
    for (const path of ["/questions/%E0%A4%A", "/%", "/%zz"]) {
      expect((await rawRequest(baseURL!, path)).status, path).toBe(400);
    }
  });

  test("methods other than GET and HEAD get 405", async ({ baseURL }) => {
    for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"]) {
      for (const path of ["/", "/questions/address-book", "/no-such-page"]) {
        const res = await rawRequest(baseURL!, path, {}, method);
        expect(res.status, `${method} ${path}`).toBe(405);
        expectSecurityHeaders(res.headers, `${method} ${path}`);
      }
    }
  });
});
