/** How much weight each kind of source deserves, in plain words, beside each source's own note. */
import type { Source } from "@/lib/schema/content";

export const TRUST_EXPLANATIONS: Record<Source["trust"], string> = {
  "official-text":
    "这是法律、法规或司法解释的正式文本，本项目读过原文。它说明什么是允许的、什么是禁止的，分量最重；但它不会告诉您催收在第几天开始，个案如何适用由法院认定。",
  secondary:
    "来源本身是正式的或可靠的（国家标准、行业规则、主流媒体、官方服务渠道），但本项目读到的是摘要或转述，不是全文。可以作为依据，措辞上留有余地。",
  "third-party-article":
    "这是第三方网站的文章，没有引用平台条款或监管规定。文中的天数是作者的经验概括，和其他文章互相矛盾。把它当作「有人这样说」，不要当作平台的规定。",
};
