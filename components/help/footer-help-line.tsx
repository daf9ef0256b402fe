import Link from "@/components/site-link";
import { loadContent } from "@/content";
import { helpLineById } from "@/lib/format/help-lines";
import { SITE_SCRIPT } from "@/lib/script/site-script";

/**
 * The way to human help, on every page (issue 22): one calm line, numbers from
 * content/help-lines.ts. The Traditional site names the mainland numbers as such and adds
 * Hong Kong's and Taiwan's lines. Plain links: no script, nothing counted. The links are
 * styled from the paragraph, not one by one: this line is on every page, twice on pages
 * with scripts (HTML and React's data), and /emergency-contact's HTML is near its budget.
 */
export function FooterHelpLine() {
  const lines = loadContent().helpLines;
  const n = (id: string) => {
    const number = helpLineById(lines, id).number;
    return <a href={`tel:${number}`}>{number}</a>;
  };
  return (
    <p className="text-fg [&_a]:whitespace-nowrap [&_a]:underline" data-help-line>
      {SITE_SCRIPT === "hant" ? (
        <>
          压力大到撑不下去时，可以找人说说：中国内地打{n("crisis-12356")}心理援助热线，有危险打{n("police-110")}、急救{n("ambulance-120")}；香港打{n("hk-18111")}；台湾打{n("tw-1925")}。
        </>
      ) : (
        <>
          压力大到撑不下去时，可以打{n("crisis-12356")}心理援助热线找人说说；有危险请打{n("police-110")}，急救打{n("ambulance-120")}。
        </>
      )}
      <Link href="/help">更多求助电话</Link>
    </p>
  );
}
