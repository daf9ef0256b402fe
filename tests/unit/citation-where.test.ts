import { describe, expect, it } from "vitest";
import { contactContent, content } from "@/content";
import { toolkitTexts } from "@/content/templates";

/** Every `where` of every citation in a tree of content. */
function wheres(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const x of node) wheres(x, out);
  else if (node && typeof node === "object") {
    const record = node as Record<string, unknown>;
    if (typeof record.source === "string" && typeof record.where === "string") out.push(record.where);
    for (const value of Object.values(record)) wheres(value, out);
  }
  return out;
}

describe("citation places", () => {
  // The page writes a place as 「标题（place）」: a place already in brackets showed as 「（（二手转述））」.
  it("are written without brackets of their own", () => {
    const all = wheres([content, contactContent, toolkitTexts]);
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter((w) => w.startsWith("（"))).toEqual([]);
  });
});
