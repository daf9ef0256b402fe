import { describe, expect, it } from "vitest";
import { requestProblem } from "../../../serve/static-server.mjs";

describe("requestProblem", () => {
  it("lets ordinary GET and HEAD requests through", () => {
    for (const url of ["/", "/questions/address-book", "/_next/static/chunks/a.js?v=1", "/%E9%80%BE"]) {
      expect(requestProblem({ method: "GET", url })).toBeNull();
      expect(requestProblem({ method: "HEAD", url })).toBeNull();
    }
  });
  it("refuses other methods with 405", () => {
    for (const method of ["POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE"]) {
      expect(requestProblem({ method, url: "/" })?.status).toBe(405);
    }
  });
  it("refuses URLs that cannot name a file with 400", () => {
    for (const url of ["/questions/%E0%A4%A", "/%", "/%zz", "/a%00b", "*", "http://evil.example/", `/${"a".repeat(3000)}`]) {
      expect(requestProblem({ method: "GET", url })?.status, url).toBe(400);
    }
  });
});
