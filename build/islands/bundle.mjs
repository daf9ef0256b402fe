// The islands' bundler (docs/islands.md): the interactive parts of the built pages run on
// small bundles made from the same component source, with Preact in React's place, and
// no framework runtime. The pages mark each part with <div data-island="Name"> and its
// props as JSON (components/island.tsx, islands/props-format.ts). For one site
// (Simplified out/, or Traditional out/zh-Hant/), buildIslands:
//   1. reads which components each page's islands need (the roots and any client
//      component inside their props), by export name, and finds each one's module in
//      islands/components.json;
//   2. bundles one entry per page (islands/mount.ts plus those components) with esbuild:
//      ES modules, minified, content-hashed, into <site>/_next/static/islands/
//      (immutable, like Next's own static files: build/site/security-headers.cjs).
//      Each page is bundled on its own, split only where it loads a part on use, so a
//      page's first load is its entry and a few chunks, not the twenty-odd small chunks
//      that splitting across all pages made. On a slow-4G phone over HTTP/1.1 each extra
//      file costs a round trip (docs/figures.md: LCP with either), and the service worker
//      keeps every page's files after the first visit anyway; the price is Preact and zod
//      once per page in the precache;
//   3. gives back, per page, the module script and the preloads of its static imports,
//      so a page's whole first-load script is requested with the HTML, not in a waterfall.
// The Traditional bundles are built from the converted source (.hant-build/), as its
// pages were, so the browser gets converted text and no converter.
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { build } from "esbuild";

/** Where the bundles go, under a site's root (and in its URLs). */
export const ISLANDS_DIR = "_next/static/islands";

const ISLAND_ROOT = /<div data-island="([A-Za-z0-9]+)"[^>]*><script type="application\/json">([\s\S]*?)<\/script>/g;

/**
 * The client components a page's islands need: each root and every "$c" inside its props.
 * @param {string} html @returns {string[]}
 */
export function islandNamesOf(html) {
  /** @type {Set<string>} */
  const names = new Set();
  /** @param {unknown} v */
  const visit = (v) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === "object") {
      const tagged = /** @type {{ $c?: unknown }} */ (v);
      if (typeof tagged.$c === "string") names.add(tagged.$c);
      Object.values(v).forEach(visit);
    }
  };
  for (const m of html.matchAll(ISLAND_ROOT)) {
    names.add(m[1] ?? "");
    visit(JSON.parse(m[2] ?? "null"));
  }
  return [...names].sort();
}

/**
 * The registry: export name -> module (from the project root), from islands/components.json.
 * @param {string} sourceRoot @returns {Record<string, string>}
 */
export function readRegistry(sourceRoot) {
  const json = JSON.parse(readFileSync(join(sourceRoot, "islands", "components.json"), "utf8"));
  delete json.$comment;
  return json;
}

/**
 * The source of one page's entry: mount the islands with exactly these components.
 * @param {string[]} names @param {Record<string, string>} registry @param {string} [mount]
 */
export function entrySource(names, registry, mount = "@/islands/mount") {
  const missing = names.filter((n) => !registry[n]);
  if (missing.length) throw new Error(`islands: ${missing.join(", ")} not listed in islands/components.json`);
  return [
    `import { mountIslands } from "${mount}";`,
    ...names.map((n) => `import { ${n} } from "@/${registry[n]}";`),
    `mountIslands({ ${names.join(", ")} });`,
    "",
  ].join("\n");
}

/**
 * React's packages as Preact's, and the two Next modules the components use as small
 * shims. runtime "react" keeps React itself (only to measure the alternative:
 * tools/islands-runtimes.mjs); the site is built with "preact".
 */
/**
 * @param {string} sourceRoot @param {"preact" | "react"} runtime
 * @returns {import("esbuild").Plugin}
 */
function preactInReactsPlace(sourceRoot, runtime) {
  const react = {
    react: "preact/compat",
    "react-dom": "preact/compat",
    "react-dom/client": "preact/compat/client",
    "react/jsx-runtime": "preact/compat/jsx-runtime",
    "react/jsx-dev-runtime": "preact/compat/jsx-dev-runtime",
  };
  /** @type {Record<string, string>} */
  const to = {
    ...(runtime === "preact" ? react : {}),
    "next/dynamic": join(sourceRoot, "islands", "shims", "next-dynamic.tsx"),
    "next/navigation": join(sourceRoot, "islands", "shims", "next-navigation.ts"),
  };
  return {
    name: "preact-in-reacts-place",
    setup(b) {
      b.onResolve({ filter: /^(react|react-dom|next)(\/.*)?$/ }, async (args) => {
        if (runtime === "react" && /^react(-dom)?(\/|$)/.test(args.path)) return undefined;
        const target = to[args.path];
        if (!target) return { errors: [{ text: `${args.path} has no island equivalent (imported by ${args.importer})` }] };
        if (target.startsWith("/")) return { path: target };
        return b.resolve(target, { resolveDir: sourceRoot, kind: args.kind });
      });
    },
  };
}

/**
 * Builds one site's islands. pages: [{ key, html }] (key: a unique name per
 * page, e.g. "timeline"). Returns { byKey: Map(key -> { module, preloads }), outputs, bytes }
 * with URLs under basePath; pages without islands are not in byKey.
 */
/**
 * @param {{ sourceRoot: string, siteDir: string, basePath: string, pages: { key: string, html: string }[], runtime?: "preact" | "react" }} options
 * @returns {Promise<{ byKey: Map<string, { module: string, preloads: string[] }>, outputs: string[], bytes: number }>}
 */
export async function buildIslands({ sourceRoot, siteDir, basePath, pages, runtime = "preact" }) {
  const registry = readRegistry(sourceRoot);
  /** @type {Map<string, { name: string, names: string[] }>} */
  const entries = new Map(); // signature -> { name, names }
  /** @type {Map<string, string>} */
  const keyToSignature = new Map();
  for (const page of pages) {
    const names = islandNamesOf(page.html);
    if (!names.length) continue;
    const signature = names.join(",");
    // The entry is named after the first page that needs it ("timeline.html" -> timeline-<hash>.js).
    const name = page.key.replace(/\.html$/, "").split(/[\\/]/).pop() || "page";
    if (!entries.has(signature)) entries.set(signature, { name: [...entries.values()].some((e) => e.name === name) ? `${name}-${entries.size}` : name, names });
    keyToSignature.set(page.key, signature);
  }
  if (!entries.size) return { byKey: new Map(), outputs: [], bytes: 0 };

  const outdir = join(siteDir, ISLANDS_DIR);
  /** @type {import("esbuild").Plugin} */
  const virtualEntries = {
    name: "island-entries",
    setup(b) {
      b.onResolve({ filter: /^island-entry:/ }, (args) => ({ path: args.path.slice("island-entry:".length), namespace: "island-entry" }));
      b.onLoad({ filter: /.*/, namespace: "island-entry" }, (args) => {
        const entry = [...entries.values()].find((e) => e.name === args.path);
        if (!entry) return { errors: [{ text: `no island entry ${args.path}` }] };
        const mount = runtime === "react" ? "@/islands/mount-react" : "@/islands/mount";
        return { contents: entrySource(entry.names, registry, mount), loader: "ts", resolveDir: sourceRoot };
      });
    },
  };
  /** One page's entry, bundled on its own (see 2. above). @param {string} name */
  const bundle = (name) =>
    build({
      absWorkingDir: sourceRoot,
      entryPoints: { [name]: `island-entry:${name}` },
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "browser",
      target: "es2020",
      minify: true,
      charset: "utf8",
      legalComments: "none",
      jsx: "automatic",
      tsconfig: join(sourceRoot, "tsconfig.json"),
      outdir,
      entryNames: "[name]-[hash]",
      chunkNames: "c-[hash]",
      metafile: true,
      logLevel: "warning",
      define: {
        "process.env.NODE_ENV": '"production"',
        "process.env.SITE_BASE_PATH": JSON.stringify(basePath),
      },
      plugins: [virtualEntries, preactInReactsPlace(sourceRoot, runtime)],
    });

  // In parallel; their outputs share one folder, so one list of outputs describes them all.
  const results = await Promise.all([...entries.values()].map((e) => bundle(e.name)));
  /** @type {import("esbuild").Metafile["outputs"]} */
  const outputs = Object.assign({}, ...results.map((r) => r.metafile.outputs));
  const url = (/** @type {string} */ file) => `${basePath}/${relative(siteDir, join(sourceRoot, file)).split("\\").join("/")}`;
  /** @type {(file: string, seen?: Set<string>) => Set<string>} */
  const staticClosure = (file, seen = new Set()) => {
    for (const imp of outputs[file]?.imports ?? []) {
      if (imp.kind !== "import-statement" || seen.has(imp.path)) continue;
      seen.add(imp.path);
      staticClosure(imp.path, seen);
    }
    return seen;
  };
  /** @type {Map<string, string>} */
  const entryOutput = new Map();
  for (const [file, out] of Object.entries(outputs)) {
    if (out.entryPoint) entryOutput.set(out.entryPoint.slice("island-entry:".length), file);
  }
  /** @type {Map<string, { module: string, preloads: string[] }>} */
  const byKey = new Map();
  for (const [key, signature] of keyToSignature) {
    const file = entryOutput.get(entries.get(signature)?.name ?? "");
    if (!file) throw new Error(`islands: no bundle for ${key}`);
    byKey.set(key, { module: url(file), preloads: [...staticClosure(file)].map(url) });
  }
  const bytes = Object.entries(outputs).filter(([f]) => f.endsWith(".js")).reduce((n, [, o]) => n + o.bytes, 0);
  return { byKey, outputs: Object.keys(outputs), bytes };
}

/**
 * The islands a page built earlier already loads ({ module, preloads }, or null): for
 * running the post-build step again on a finished site without its source (the same
 * bundles stay; see the offline test's second build).
 */
/** @param {string} html @returns {{ module: string, preloads: string[] } | null} */
export function islandTagsIn(html) {
  const dir = ISLANDS_DIR.replace(/\//g, "\\/");
  const entry = new RegExp(`<script type="module" src="([^"]*\\/${dir}\\/[^"]+)"><\\/script>`).exec(html)?.[1];
  if (!entry) return null;
  const preloads = [...html.matchAll(new RegExp(`<link rel="modulepreload" href="([^"]*\\/${dir}\\/[^"]+)"\\/>`, "g"))].map((m) => m[1]);
  return { module: entry, preloads: preloads.filter((p) => typeof p === "string") };
}

/** The page's script tags for its islands, last in <head> (module scripts run after parsing). */
/** @param {{ module: string, preloads: string[] }} islands */
export function islandTags({ module, preloads }) {
  return [...preloads.map((href) => `<link rel="modulepreload" href="${href}"/>`), `<script type="module" src="${module}"></script>`].join("");
}
