/**
 * A small, strict iCalendar reader used by the unit and end-to-end tests to check the
 * files `buildIcs` writes. It refuses what RFC 5545 forbids instead of guessing:
 * bare LF line endings, physical lines over 75 octets, unbalanced BEGIN/END.
 * Not shipped to the browser (nothing in the app imports it).
 */
export type IcsProperty = { name: string; params: Record<string, string>; value: string };
export type IcsComponent = { name: string; properties: IcsProperty[]; children: IcsComponent[] };

const encoder = new TextEncoder();

export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));
}

/** Parses a whole file; throws with the reason when it is not well formed. */
export function readIcs(text: string): IcsComponent {
  if (!text.endsWith("\r\n")) throw new Error("file must end with CRLF");
  const physical = text.slice(0, -2).split("\r\n");
  for (const [i, line] of physical.entries()) {
    if (line.includes("\n") || line.includes("\r")) throw new Error(`bare line break on line ${i + 1}`);
    if (encoder.encode(line).length > 75) throw new Error(`line ${i + 1} is longer than 75 octets`);
  }
  const logical: string[] = [];
  for (const line of physical) {
    if (line.startsWith(" ") || line.startsWith("\t")) {
      if (logical.length === 0) throw new Error("continuation before any line");
      logical[logical.length - 1] += line.slice(1);
    } else logical.push(line);
  }
  const stack: IcsComponent[] = [];
  let root: IcsComponent | null = null;
  for (const line of logical) {
    const m = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=[^;:]*)*):(.*)$/.exec(line);
    if (!m) throw new Error(`not a content line: ${line}`);
    const name = (m[1] as string).toUpperCase();
    const params: Record<string, string> = {};
    for (const p of (m[2] as string).split(";").slice(1)) {
      const [k, v] = p.split("=");
      params[(k as string).toUpperCase()] = v as string;
    }
    const value = m[3] as string;
    if (name === "BEGIN") {
      const component: IcsComponent = { name: value, properties: [], children: [] };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(component);
      else if (root) throw new Error("more than one top-level component");
      else root = component;
      stack.push(component);
    } else if (name === "END") {
      const open = stack.pop();
      if (!open || open.name !== value) throw new Error(`END:${value} does not close ${open?.name ?? "anything"}`);
    } else {
      const current = stack[stack.length - 1];
      if (!current) throw new Error(`property outside a component: ${name}`);
      current.properties.push({ name, params, value });
    }
  }
  if (stack.length > 0 || !root) throw new Error("unclosed component");
  return root;
}

export function prop(c: IcsComponent, name: string): IcsProperty | undefined {
  return c.properties.find((p) => p.name === name);
}
