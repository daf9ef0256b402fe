import fc from "fast-check";
import type { VNode } from "preact";
import { createElement, Fragment } from "react";
import { describe, expect, it } from "vitest";
import { reviveProps } from "@/islands/revive-props";
import { clientComponentName, islandPropsScript, toIslandProps } from "@/islands/serialize-props";

/** What the framework hands server code for an export of a "use client" module. */
function clientReference(id: string) {
  const ref = () => null;
  Object.assign(ref, { $$typeof: Symbol.for("react.client.reference"), $$id: id });
  return ref;
}

const JumpButton = clientReference("[project]/components/plan/jump-button.tsx [app-client] (ecmascript)#JumpButton");
const Legend = ({ label }: { label: string }) => createElement("p", { className: "legend" }, label, createElement("strong", null, "!"));

describe("island props: server side", () => {
  it("names a client component by its export, and refuses anything else", () => {
    expect(clientComponentName(JumpButton)).toBe("JumpButton");
    expect(() => clientComponentName(Legend)).toThrow(/use client/);
    expect(() => clientComponentName(clientReference("x#default"))).toThrow(/cannot read a component name/);
  });

  it("sends HTML elements as tagged data, renders server components now, and names client components", () => {
    const json = toIslandProps({
      legend: createElement(Legend, { label: "图例" }),
      nav: createElement(Fragment, null, createElement("a", { href: "/plan", key: "a" }, "去"), createElement(JumpButton as never, { target: "cost" })),
      texts: { rate: 0.05, items: ["一", 2, null, true] },
    });
    expect(json).toEqual({
      legend: { $: "p", p: { className: "legend", children: ["图例", { $: "strong", p: { children: "!" } }] } },
      nav: [
        { $: "a", p: { href: "/plan", children: "去" }, k: "a" },
        { $c: "JumpButton", p: { target: "cost" } },
      ],
      texts: { rate: 0.05, items: ["一", 2, null, true] },
    });
  });

  it("fails the build, naming the place, for what JSON cannot carry", () => {
    expect(() => toIslandProps({ a: { onClick: () => 1 } })).toThrow(/props\.a\.onClick is a function/);
    expect(() => toIslandProps({ when: new Date(0) })).toThrow(/props\.when/);
    expect(() => toIslandProps({ n: Number.NaN })).toThrow(/props\.n is NaN/);
    expect(() => toIslandProps({ x: { $: "p" } })).toThrow(/keeps for elements/);
  });

  it("escapes < so the JSON cannot close its <script> early", () => {
    const text = islandPropsScript({ t: "</script><script>alert(1)</script>" });
    expect(text).not.toContain("<");
    expect(JSON.parse(text)).toEqual({ t: "</script><script>alert(1)</script>" });
  });
});

describe("island props: browser side", () => {
  it("rebuilds elements and client components from the tagged data", () => {
    const Jump = () => null;
    const revived = reviveProps(JSON.parse(islandPropsScript({ nav: [createElement("a", { href: "/x", key: "k" }, "去"), createElement(JumpButton as never, { target: "cost" })] })), {
      JumpButton: Jump,
    }) as { nav: VNode<Record<string, unknown>>[] };
    const [link, jump] = revived.nav;
    expect(link?.type).toBe("a");
    expect(link?.key).toBe("k");
    expect(link?.props).toMatchObject({ href: "/x", children: "去" });
    expect(jump?.type).toBe(Jump);
    expect(jump?.props).toMatchObject({ target: "cost" });
  });

  it("says which component a page's bundle lacks", () => {
    expect(() => reviveProps({ $c: "Missing", p: {} }, {})).toThrow(/no component Missing/);
  });

  it("plain data makes the round trip unchanged (property)", () => {
    const data = fc.jsonValue().filter((v) => !JSON.stringify(v).includes('"$'));
    fc.assert(
      fc.property(data, (value) => {
        const sent = JSON.parse(islandPropsScript({ value }));
        expect(reviveProps(sent, {})).toEqual(JSON.parse(JSON.stringify({ value })));
      }),
    );
  });
});
