import type { Metadata } from "next";
import Link from "@/components/site-link";

export const metadata: Metadata = { title: "找不到这个页面" };

export default function NotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">找不到这个页面</h1>
      <p>链接可能输错了，或者页面已经移动。您可以从这里继续：</p>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          <Link href="/">回到首页，做逾期自查</Link>
        </li>
        <li>
          <Link href="/emergency-contact">我是紧急联系人</Link>
        </li>
        <li>
          <Link href="/questions">常见问题</Link>
        </li>
      </ul>
    </div>
  );
}
