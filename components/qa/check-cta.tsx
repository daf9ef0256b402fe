import { checkHref, type Question } from "@/lib/questions/library";
import { parsePrefill } from "@/lib/questions/frontmatter";
import { PRODUCT_LABELS } from "@/lib/schema/situation-answers";
import { sitePath } from "@/lib/script/site-script";
import { overdueDay } from "@/lib/format/labels";

const button = "inline-block rounded-lg px-4 py-3 text-center font-semibold no-underline";

function prefillText(q: Question): string {
  const p = parsePrefill(q.prefill);
  const parts: string[] = [];
  if (p.product) parts.push(PRODUCT_LABELS[p.product]);
  if (p.days !== undefined) parts.push(overdueDay(p.days));
  if (p.contact === "negotiating") parts.push("正在协商");
  return parts.join("、");
}

/**
 * The way on: into the borrower check with what the question implies already filled in,
 * and, for questions about contacts, the emergency-contact path. Plain <a> elements: the
 * check reads its answers from the fragment when the page loads.
 */
export function CheckCta({ question }: { question: Question }) {
  const filled = prefillText(question);
  const check = (
    <a href={sitePath(checkHref(question))} data-cta="check" className={`${button} bg-accent text-accent-fg hover:text-accent-fg`}>
      {question.contactPath === "primary" ? "我是借款人：查看我的时间线" : "查看我的逾期时间线"}
      {filled ? (
        <span className="block text-sm font-normal" data-situation="">
          已按这个问题填好：{filled}
        </span>
      ) : null}
    </a>
  );
  const contact = (
    <a
      href={sitePath("/emergency-contact")}
      data-cta="contact"
      className={
        question.contactPath === "primary"
          ? `${button} bg-accent text-accent-fg hover:text-accent-fg`
          : `${button} border border-accent text-accent`
      }
    >
      我是紧急联系人：看看可以怎么回应
    </a>
  );
  return (
    <section aria-labelledby="next-step" className="space-y-3 rounded-lg bg-accent-soft p-4">
      <h2 id="next-step" className="text-lg font-semibold">
        {question.contactPath === "primary" ? "接下来" : "按您自己的情况看一看"}
      </h2>
      <p className="text-sm">自查只在您的设备上计算，回答不会上传。</p>
      <div className="flex flex-col gap-3 sm:flex-row">
        {question.contactPath === "primary" ? contact : check}
        {question.contactPath === "primary" ? check : question.contactPath === "yes" ? contact : null}
      </div>
    </section>
  );
}
