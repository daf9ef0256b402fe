import Link from "@/components/site-link";
import { FooterHelpLine } from "@/components/help/footer-help-line";

export function SiteFooter() {
  return (
    <footer className="mt-12 border-t border-line text-sm text-muted">
      <div className="mx-auto max-w-3xl space-y-2 px-4 py-6">
        <FooterHelpLine />
        <p>
          <strong className="text-fg">这里提供的是信息，不是法律意见。</strong>
          时间和做法来自公开文章和法规，平台并未公布自己的催收流程；您的具体情况以合同、账单和官方客服的答复为准。
        </p>
        <p>
          您的回答只在这台设备的浏览器里计算，不会发送给任何服务器；本站不用 Cookie，不做统计。浏览器会存一份本站页面供没网时打开，可在浏览器设置里清除。
        </p>
        <p>本站不收费，也不推荐任何付费的「债务优化」「代理协商」服务。</p>
        <p className="print:hidden">
          {/* Alone on its line, so at least 24 px tall (WCAG 2.5.8). */}
          <Link href="/sources" className="inline-flex min-h-6 items-center">
            每一条说法的出处
          </Link>
        </p>
      </div>
    </footer>
  );
}
