import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chooseEncoding, type Encoding } from "@/server/accept-encoding.mjs";

const ALL = new Set<Encoding>(["br", "gzip", "identity"]);

describe("chooseEncoding", () => {
  it.each([
    ["gzip, deflate, br, zstd", "br"], // Chrome
    ["gzip, deflate", "gzip"], // Chrome before br was allowed, most tools
    ["br;q=0, gzip", "gzip"],
    ["gzip;q=0.5, br;q=0.4", "gzip"],
    ["identity", "identity"],
    ["", "identity"], // no preference stated: identity
    [undefined, "identity"],
    ["*", "br"],
    ["*;q=0, identity", "identity"],
    ["deflate", "identity"], // deflate is not stored
    ["GZIP", "gzip"],
    [" gzip ; q=1.0 ", "gzip"],
  ] as const)("%j -> %s", (header, expected) => {
    expect(chooseEncoding(header, ALL)).toBe(expected);
  });

  it("only offers what is stored", () => {
    expect(chooseEncoding("br, gzip", new Set<Encoding>(["identity"]))).toBe("identity");
    expect(chooseEncoding("br", new Set<Encoding>(["gzip", "identity"]))).toBe("identity");
  });

  it("returns null when every stored encoding is refused", () => {
    expect(chooseEncoding("identity;q=0, deflate", ALL)).toBeNull();
    expect(chooseEncoding("*;q=0", ALL)).toBeNull();
  });

  it("never throws and only ever picks a stored encoding", () => {
    const token = fc.constantFrom("br", "gzip", "identity", "deflate", "zstd", "*", "", "q=", ";", ",", " ", "q=0", "q=1", "q=2", "q=NaN", "q=-1");
    const header = fc.array(token, { maxLength: 12 }).map((t) => t.join(""));
    const stored = fc.subarray<Encoding>(["br", "gzip", "identity"]).map((a) => new Set(a));
    fc.assert(
      fc.property(fc.oneof(header, fc.string()), stored, (h, available) => {
        const chosen = chooseEncoding(h, available);
        expect(chosen === null || available.has(chosen)).toBe(true);
      }),
    );
  });

  it("never picks an encoding the client listed with q=0", () => {
    const entry = fc.record({ name: fc.constantFrom<Encoding>("br", "gzip", "identity"), q: fc.constantFrom(0, 0.1, 0.5, 1) });
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => e.name, maxLength: 3 }), (entries) => {
        const header = entries.map((e) => `${e.name};q=${e.q}`).join(", ");
        const chosen = chooseEncoding(header, ALL);
        const refused = new Set(entries.filter((e) => e.q === 0).map((e) => e.name));
        expect(chosen !== null && refused.has(chosen)).toBe(false);
      }),
    );
  });
});
