import type { HelpLine } from "@/lib/schema/content";

/**
 * Where a help line serves, as the reader should see it. On the Traditional site a reader
 * may be in Hong Kong or Taiwan, so mainland numbers say they are mainland numbers
 * (issue 27.7); on the Simplified site only the other regions are named.
 */
export function servesLabel(serves: HelpLine["serves"], script: "hans" | "hant"): string | null {
  if (serves === "hong-kong") return "香港";
  if (serves === "taiwan") return "台湾";
  return script === "hant" ? "中国内地" : null;
}

/** The help lines by id, failing the build when one the page names is missing. */
export function helpLineById(lines: readonly HelpLine[], id: string): HelpLine {
  const line = lines.find((l) => l.id === id);
  if (!line) throw new Error(`no help line ${id}`);
  return line;
}
