/**
 * The Q&A library: every `content/questions/*.md` as the loader read it, parsed and checked
 * against the content it is given. The loader (content/index.ts, `loadQuestions`) runs it
 * once per process at build time, so a bad file, an unknown id or an unknown placeholder
 * fails `next build`. The tests load the same way.
 */
import { chinaDate } from "@/lib/emergency-contact/page-data";
import type { IsoDate } from "@/lib/dates/iso-date";
import { parsePrefill, questionMetaSchema, splitFrontmatter, type QuestionMeta } from "@/lib/questions/frontmatter";
import { malformedPlaceholders, parseInline, parseMarkdown, placeholdersIn, type Block, type Inline } from "@/lib/questions/markdown";
import { resolvePlaceholder, type ResolveContext } from "@/lib/questions/placeholders";
import type { CallLogRule, Content } from "@/lib/schema/content";

/** What the questions are checked and resolved against: the validated content and the 来电记录's rules. */
export type QuestionContent = { content: Content; callLogRules: readonly CallLogRule[] };

export type Question = QuestionMeta & {
  shortInline: Inline[];
  body: Block[];
  /** Plain text, placeholders resolved: for search, descriptions and structured data. */
  shortText: string;
  bodyText: string;
  /** Declared sources plus every source whose figure the page shows. */
  citedSources: string[];
  ctx: ResolveContext;
  /** The Markdown as written, for the figure checks in the tests. */
  raw: { short: string; body: string };
};


export function inlineText(inlines: readonly Inline[], ctx: ResolveContext): string {
  return inlines
    .map((n) => {
      switch (n.type) {
        case "text":
          return n.value;
        case "strong":
        case "link":
          return inlineText(n.children, ctx);
        case "placeholder":
          return resolvePlaceholder(n.placeholder, ctx).text;
      }
    })
    .join("");
}

export function blocksText(blocks: readonly Block[], ctx: ResolveContext): string {
  return blocks
    .map((b) => {
      switch (b.type) {
        case "heading":
        case "paragraph":
          return inlineText(b.children, ctx);
        case "list":
          return b.items.map((i) => inlineText(i, ctx)).join("；");
        case "placeholder":
          return "";
      }
    })
    .filter((t) => t !== "")
    .join("\n");
}

const idsIn = (content: Content) => ({
  event: new Set(content.events.map((x) => x.id)),
  stage: new Set(content.stages.map((x) => x.id)),
  consequence: new Set(content.consequences.map((x) => x.id)),
  advice: new Set(content.advice.map((x) => x.id)),
  rule: new Set(content.collectionRules.map((x) => x.id)),
  factor: new Set(content.factors.map((x) => x.id)),
  source: new Set(content.sources.map((x) => x.id)),
});

/** Parses and checks one file; throws with the file name and every problem. */
/**
 * Question pages are prerendered once, like /emergency-contact: a rule they quote shows
 * the statements in force on the build day in China. Tests pass a day of their own.
 */
export function parseQuestion(fileName: string, file: string, { content, callLogRules }: QuestionContent, today: IsoDate = chinaDate(new Date())): Question {
  const fail = (msg: string): never => {
    throw new Error(`content/questions/${fileName}: ${msg}`);
  };
  const { fields, body } = splitFrontmatter(file);
  const parsed = questionMetaSchema.safeParse(fields);
  if (!parsed.success) return fail(parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; "));
  const meta = parsed.data;
  const ids = idsIn(content);
  if (`${meta.slug}.md` !== fileName) fail(`slug "${meta.slug}" does not match the file name`);
  for (const c of meta.claims) {
    const [kind, id] = c.split(":") as [keyof typeof ids, string];
    if (!ids[kind].has(id)) fail(`claim ${c} does not exist`);
  }
  for (const a of meta.advice) if (!ids.advice.has(a)) fail(`advice ${a} does not exist`);
  for (const s of meta.sources) if (!ids.source.has(s)) fail(`source ${s} does not exist`);
  let prefill;
  try {
    prefill = parsePrefill(meta.prefill);
  } catch (e) {
    return fail(`prefill "${meta.prefill}": ${(e as Error).message}`);
  }
  const ctx: ResolveContext = { content, callLogRules, askedDays: prefill.days, today };
  const bad = [...malformedPlaceholders(meta.short), ...malformedPlaceholders(body)];
  if (bad.length > 0) fail(`malformed placeholder(s): ${bad.join(" ")}`);

  const cited = new Set(meta.sources);
  for (const p of [...placeholdersIn(meta.short), ...placeholdersIn(body)]) {
    let resolved;
    try {
      resolved = resolvePlaceholder(p, ctx);
    } catch (e) {
      return fail((e as Error).message);
    }
    const declared = resolved.claim && (meta.claims.includes(resolved.claim) || meta.advice.some((a) => `advice:${a}` === resolved.claim));
    if (resolved.claim && !declared) fail(`${p.raw} uses ${resolved.claim}, which is not in claims`);
    if (resolved.claim?.startsWith("event:") && ["figure", "figures-table", "figures-chart", "band", "spread"].includes(p.name)) {
      const event = content.events.find((e) => `event:${e.id}` === resolved.claim);
      for (const f of event?.figures ?? []) cited.add(f.source);
    }
    if (p.name === "source") cited.add(p.args[0] as string);
  }

  const shortInline = parseInline(meta.short);
  const blocks = parseMarkdown(body);
  return {
    ...meta,
    shortInline,
    body: blocks,
    shortText: inlineText(shortInline, ctx),
    bodyText: blocksText(blocks, ctx),
    citedSources: [...cited],
    ctx,
    raw: { short: meta.short, body },
  };
}

/** Every file parsed and checked, sorted by topic order then `order`; throws on a bad file or a repeated slug. */
export function questionLibrary(files: readonly { file: string; text: string }[], from: QuestionContent): Question[] {
  const questions = files.map(({ file, text }) => parseQuestion(file, text, from));
  const seen = new Set<string>();
  for (const q of questions) {
    if (seen.has(q.slug)) throw new Error(`duplicate question slug ${q.slug}`);
    if (q.slug === "advice") throw new Error("the slug advice is taken by /questions/advice");
    seen.add(q.slug);
  }
  return questions.sort((a, b) => a.order - b.order);
}

/** The check's address with this question's answers prefilled: `/#days=7&product=jiebei`. */
export function checkHref(q: Pick<QuestionMeta, "prefill">): string {
  return q.prefill === "" ? "/" : `/#${q.prefill}`;
}
