import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { clientModulesOf, isClientModule } from "../../../build/lib/client-imports.mjs";

function app(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "client-imports-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, ".."), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

describe("clientModulesOf", () => {
  it("finds a client component imported through a server component, and through a layout", () => {
    const root = app({
      "app/layout.tsx": 'import { Nav } from "../components/nav";\nexport default function L({ children }) { return <>{children}<Nav /></>; }\n',
      "app/a/page.tsx": 'import { Card } from "../../components/card";\nexport default function P() { return <Card />; }\n',
      "components/card.tsx": 'import { Button } from "./button";\nexport function Card() { return <Button />; }\n',
      "components/button.tsx": '"use client";\nexport function Button() { return <button />; }\n',
      "components/nav.tsx": "export function Nav() { return <nav />; }\n",
    });
    expect(clientModulesOf(root, "app/a/page.tsx")).toEqual(["app/a/page.tsx -> components/card.tsx -> components/button.tsx"]);
  });

  it("finds one in the root layout, and none on a server-only page", () => {
    const root = app({
      "app/layout.tsx": "// comment first\n/* and another */\n'use client';\nexport default function L({ children }) { return children; }\n",
      "app/page.tsx": "export default function P() { return <p />; }\n",
    });
    expect(clientModulesOf(root, "app/page.tsx")).toEqual(["app/layout.tsx"]);
    const clean = app({ "app/layout.tsx": "export default function L({ children }) { return children; }\n", "app/page.tsx": "export default function P() { return <p />; }\n" });
    expect(clientModulesOf(clean, "app/page.tsx")).toEqual([]);
  });

  it("this project's reading pages are server-only, and the form page is not", () => {
    expect(clientModulesOf(".", "app/questions/[slug]/page.tsx")).toEqual([]);
    expect(clientModulesOf(".", "app/page.tsx").length).toBeGreaterThan(0);
  });
});

describe("isClientModule", () => {
  it("reads the directive only as the first statement", () => {
    expect(isClientModule('"use client";\nx')).toBe(true);
    expect(isClientModule("  // c\n'use client'")).toBe(true);
    expect(isClientModule('const a = "use client";')).toBe(false);
    expect(isClientModule('"use server";')).toBe(false);
  });
});
