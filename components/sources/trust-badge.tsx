import type { Source } from "@/lib/schema/content";

export const TRUST_LABELS: Record<Source["trust"], string> = {
  "official-text": "正式文本",
  secondary: "二手转述",
  "third-party-article": "第三方文章",
};

const STYLE: Record<Source["trust"], string> = {
  "official-text": "border-accent text-accent",
  secondary: "border-line text-fg",
  "third-party-article": "border-warn text-warn",
};

/** The kind of source, unless the badge beside it already says it ("第三方文章" twice). */
export function kindBesideBadge(kindLabel: string, trust: Source["trust"]): string | null {
  return kindLabel === TRUST_LABELS[trust] ? null : kindLabel;
}

export function TrustBadge({ trust }: { trust: Source["trust"] }) {
  return (
    <span className={`inline-block whitespace-nowrap rounded-full border px-2 text-sm font-medium ${STYLE[trust]}`}>
      {TRUST_LABELS[trust]}
    </span>
  );
}
