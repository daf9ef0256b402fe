import { ScriptSwitch } from "@/components/script-switch";
import Link from "@/components/site-link";

const NAV = [
  { href: "/", label: "逾期自查" },
  { href: "/emergency-contact", label: "紧急联系人" },
  { href: "/questions", label: "常见问题" },
  { href: "/sources", label: "资料来源" },
] as const;

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-card print:hidden">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-3">
        <div className="flex items-center gap-3">
          <Link href="/" className="text-lg font-bold text-fg no-underline">
            逾期明白
          </Link>
          <ScriptSwitch />
        </div>
        <nav aria-label="主要导航">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-[15px]">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="inline-block py-2">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
