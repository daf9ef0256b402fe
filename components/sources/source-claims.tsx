import Link from "@/components/site-link";
import { loadContent } from "@/content";
import { CLAIM_KIND_LABELS, claimHref, claimsCiting, type ClaimKind } from "@/lib/sources/claims-citing";

const ORDER: ClaimKind[] = ["event", "stage", "consequence", "factor", "rule", "advice"];

/** Every claim in this product that rests on the source, linked to where it is shown. */
export function SourceClaims({ sourceId }: { sourceId: string }) {
  const claims = claimsCiting(loadContent(), sourceId);
  return (
    <section aria-labelledby="claims" className="space-y-3">
      <h2 id="claims" className="text-xl font-semibold">
        本站哪些说法依据它
      </h2>
      {claims.length === 0 ? (
        <p className="text-muted">本站目前没有哪一条说法直接依据这份资料；列在这里，是因为它与催收规则有关，供查阅。</p>
      ) : (
        ORDER.filter((k) => claims.some((c) => c.kind === k)).map((kind) => (
          <div key={kind}>
            <h3 className="font-semibold">{CLAIM_KIND_LABELS[kind]}</h3>
            <ul className="mt-1 list-disc space-y-1 pl-5">
              {claims
                .filter((c) => c.kind === kind)
                .map((c) => (
                  <li key={c.id} data-claim-ref={`${c.kind}:${c.id}`}>
                    <Link href={claimHref(c.kind, c.id)} className="underline">{c.title}</Link>
                    {c.where ? <span className="text-muted">（{c.where}）</span> : null}
                    {c.says.length > 0 ? <span>：{c.says.join("；")}</span> : null}
                  </li>
                ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
