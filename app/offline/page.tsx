import type { Metadata } from "next";
import Link from "@/components/site-link";

// What the service worker shows (browser/sw.ts, OFFLINE_PAGE) when a page is opened with no
// network and is not in its cache: it says that the network is missing, not that the page
// does not exist, and links to the pages that are kept (every page of the site is
// precached after one visit; docs/offline.md). Both scripts: the
// Traditional build converts this file, and its worker falls back to /zh-Hant/offline.
export const metadata: Metadata = { title: "现在没有网络", robots: { index: false } };

export default function Offline() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">现在没有网络</h1>
      <p>这个页面没有保存在这台设备上，要等连上网络才能打开。网络恢复后，刷新本页就可以。</p>
      <p>下面这些页面已经保存在这台设备上，没有网络也能打开：</p>
      <ul className="list-disc space-y-1 pl-5" data-kept-pages>
        <li>
          <Link href="/">逾期自查，看看接下来会发生什么</Link>
        </li>
        <li>
          <Link href="/emergency-contact">我是紧急联系人</Link>
        </li>
        <li>
          <Link href="/call-log">来电记录</Link>
        </li>
        <li>
          <Link href="/questions">常见问题</Link>
        </li>
        <li>
          <Link href="/sources">出处：每一条说法从哪里来</Link>
        </li>
      </ul>
      <p>您保存过的时间线和行动计划链接，没有网络也能打开。</p>
    </div>
  );
}
