import type { Metadata, Viewport } from "next";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { SkipLink } from "@/components/skip-link";
import { THEME_DARK, THEME_LIGHT } from "./theme-colors";
import { HTML_LANG } from "@/lib/script/site-script";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "逾期明白：借呗、花呗逾期后会发生什么", template: "%s · 逾期明白" },
  description:
    "借呗、花呗逾期了，或者作为紧急联系人接到了电话？按日期说明谁可能联系、何时、为什么，以及今天能做什么。每一条都注明出处，回答只在您的设备上计算。",
  // No applicationName: the web app manifest (app/manifest.ts) names the app, and every
  // byte of the shared head counts against the reading pages' first round trip.
  // Stops the phone from guessing that amounts and dates are numbers to dial. Numbers
  // meant to be dialled are written out as `tel:` links (components/phone-text.tsx),
  // which this setting does not touch.
  formatDetection: { telephone: false },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: THEME_LIGHT },
    { media: "(prefers-color-scheme: dark)", color: THEME_DARK },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang={HTML_LANG}>
      <body className="min-h-screen font-sans antialiased">
        <SkipLink />
        <SiteHeader />
        <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 pt-6 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
