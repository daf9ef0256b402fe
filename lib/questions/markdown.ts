/**
 * Question bodies: Markdown parsed by `mdast-util-from-markdown` (CommonMark) at build
 * time, then narrowed to the small tree the pages render: `##`/`###` headings,
 * paragraphs, `-` and `1.` lists, `**bold**`, `[text](/path)` and `{{placeholder:args}}`.
 * A paragraph holding only a block placeholder (a table or chart) is a block of its own.
 * Any other Markdown (raw HTML, emphasis, code, quotes, images…) fails the build with the
 * construct's name, so nothing is silently dropped or rendered as markup.
 */
import { fromMarkdown } from "mdast-util-from-markdown";
import type { Nodes as MdastNode, PhrasingContent, RootContent } from "mdast";

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
const ONLY_PLACEHOLDER = /^\{\{([a-z-]+)((?::[a-z0-9-]+)*)\}\}$/;

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

/**
 * Chinese prose has no spaces between lines: a soft line break inside a paragraph joins
 * the two lines directly (CommonMark would keep it as a newline, read as a space).
 */
function joinLines(value: string): string {
  return value.replace(/[ \t]*\n[ \t]*/g, "");
}

/** Splits text on placeholders. */
function textWithPlaceholders(value: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of value.matchAll(PLACEHOLDER)) {
    if (m.index > last) out.push({ type: "text", value: value.slice(last, m.index) });
    out.push({ type: "placeholder", placeholder: readPlaceholder(m[1] as string, m[2] as string, m[0]) });
    last = m.index + m[0].length;
  }
  if (last < value.length) out.push({ type: "text", value: value.slice(last) });
  return out;
}

function unsupported(node: MdastNode): never {
  throw new Error(`unsupported Markdown: ${node.type} (use headings, paragraphs, lists, **bold**, links and {{placeholders}})`);
}

function toInlines(nodes: readonly PhrasingContent[]): Inline[] {
  // Adjacent text nodes are merged first, so a placeholder is never split across them.
  const out: Inline[] = [];
  let text = "";
  const flush = () => {
    if (text !== "") out.push(...textWithPlaceholders(text));
    text = "";
  };
  for (const node of nodes) {
    if (node.type === "text") text += joinLines(node.value);
    else if (node.type === "break") continue;
    else if (node.type === "strong") {
      flush();
      out.push({ type: "strong", children: toInlines(node.children) });
    } else if (node.type === "link") {
      flush();
      out.push({ type: "link", href: node.url, children: toInlines(node.children) });
    } else unsupported(node);
  }
  flush();
  return out;
}

/** The one paragraph a list item may hold (a "tight" list item). */
function listItemInlines(item: MdastNode): Inline[] {
  if (item.type !== "listItem") unsupported(item);
  const [first, ...rest] = item.children;
  if (!first || first.type !== "paragraph" || rest.length > 0) unsupported(rest[0] ?? first ?? item);
  return toInlines(first.children);
}

function toBlock(node: RootContent): Block {
  switch (node.type) {
    case "heading":
      if (node.depth !== 2 && node.depth !== 3) throw new Error(`unsupported Markdown: heading level ${node.depth} (use ## or ###)`);
      return { type: "heading", level: node.depth, children: toInlines(node.children) };
    case "paragraph": {
      const [only] = node.children;
      const block = node.children.length === 1 && only?.type === "text" ? ONLY_PLACEHOLDER.exec(only.value.trim()) : null;
      if (block && BLOCK_PLACEHOLDERS.has(block[1] as string)) {
        return { type: "placeholder", placeholder: readPlaceholder(block[1] as string, block[2] as string, block[0]) };
      }
      return { type: "paragraph", children: toInlines(node.children) };
    }
    case "list":
      return { type: "list", ordered: node.ordered === true, items: node.children.map(listItemInlines) };
    default:
      return unsupported(node);
  }
}

/** Parses a question body; throws on Markdown the pages do not render. */
export function parseMarkdown(source: string): Block[] {
  return fromMarkdown(source.replace(/\r\n/g, "\n")).children.map(toBlock);
}

/** Parses one line of inline Markdown (the short answer). */
export function parseInline(text: string): Inline[] {
  const [block, ...rest] = parseMarkdown(text);
  if (block === undefined) return [];
  if (block.type !== "paragraph" || rest.length > 0) throw new Error("unsupported Markdown: the short answer must be one paragraph");
  return block.children;
}
