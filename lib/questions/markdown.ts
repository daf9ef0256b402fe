/**
 * A small Markdown subset for question bodies, parsed to a tree on the server:
 * `##`/`###` headings, paragraphs, `-` and `1.` lists, `**bold**`, `[text](/path)` and
 * `{{placeholder:args}}`. A line holding only a block placeholder (a table or chart) is
 * a block of its own. Anything else is text: there is no raw HTML.
 */
export type Placeholder = { name: string; args: string[]; raw: string };

export type Inline =
  | { type: "text"; value: string }
  | { type: "strong"; children: Inline[] }
  | { type: "link"; href: string; children: Inline[] }
  | { type: "placeholder"; placeholder: Placeholder };

export type Block =
  | { type: "heading"; level: 2 | 3; children: Inline[] }
  | { type: "paragraph"; children: Inline[] }
  | { type: "list"; ordered: boolean; items: Inline[][] }
  | { type: "placeholder"; placeholder: Placeholder };

export const BLOCK_PLACEHOLDERS = new Set(["figures-table", "figures-chart"]);

const PLACEHOLDER = /\{\{([a-z-]+)((?::[a-z0-9-]+)*)\}\}/g;

export function readPlaceholder(name: string, argText: string, raw: string): Placeholder {
  return { name, args: argText === "" ? [] : argText.slice(1).split(":"), raw };
}

/** Every placeholder in a text, in order. */
export function placeholdersIn(text: string): Placeholder[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => readPlaceholder(m[1] as string, m[2] as string, m[0]));
}

/** Finds "{{" that does not open a well-formed placeholder. */
export function malformedPlaceholders(text: string): string[] {
  const stripped = text.replace(PLACEHOLDER, "");
  return [...stripped.matchAll(/\{\{[^}]*\}?\}?/g)].map((m) => m[0]);
}

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  // Order matters: placeholders, then links, then bold.
  const re = /\{\{([a-z-]+)((?::[a-z0-9-]+)*)\}\}|\[([^\]]+)\]\(([^)\s]+)\)|\*\*(.+?)\*\*/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) out.push({ type: "text", value: text.slice(last, m.index) });
    if (m[1]) out.push({ type: "placeholder", placeholder: readPlaceholder(m[1], m[2] ?? "", m[0]) });
    else if (m[3] && m[4]) out.push({ type: "link", href: m[4], children: parseInline(m[3]) });
    else if (m[5]) out.push({ type: "strong", children: parseInline(m[5]) });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ type: "text", value: text.slice(last) });
  return out;
}

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  const lines = source.replace(/\r\n/g, "\n").split("\n");
  let para: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  const flush = () => {
    if (para.length > 0) blocks.push({ type: "paragraph", children: parseInline(para.join("")) });
    if (list) blocks.push({ type: "list", ordered: list.ordered, items: list.items.map(parseInline) });
    para = [];
    list = null;
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "") {
      flush();
      continue;
    }
    const heading = /^(#{2,3})\s+(.*)$/.exec(line);
    const bullet = /^(-|\d+\.)\s+(.*)$/.exec(line);
    const only = /^\{\{([a-z-]+)((?::[a-z0-9-]+)*)\}\}$/.exec(line);
    if (heading) {
      flush();
      blocks.push({ type: "heading", level: (heading[1] as string).length as 2 | 3, children: parseInline(heading[2] as string) });
    } else if (only && BLOCK_PLACEHOLDERS.has(only[1] as string)) {
      flush();
      blocks.push({ type: "placeholder", placeholder: readPlaceholder(only[1] as string, only[2] as string, line) });
    } else if (bullet) {
      const ordered = bullet[1] !== "-";
      if (para.length > 0 || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(bullet[2] as string);
    } else if (list) {
      // A continuation line of the last list item.
      list.items[list.items.length - 1] += line;
    } else {
      para.push(line);
    }
  }
  flush();
  return blocks;
}
