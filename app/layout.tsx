import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { AccountMenu } from "@/components/layout/account-menu";
import { SiteNav } from "@/components/layout/site-nav";
import { InboxBadge } from "@/components/notifications/inbox-badge";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Claimwise", template: "%s · Claimwise" },
  description: "Read health and science writing with the evidence behind every claim graded and critiqued.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
        >
          Skip to content
        </a>
        <header className="site-chrome border-b border-slate-200 dark:border-slate-800">
          <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
            {/* The header's links are not prefetched: each view of a cached page would render their dynamic targets. */}
            <Link href="/" prefetch={false} className="text-lg font-bold tracking-tight">
              Claimwise
            </Link>
            <SiteNav />
            <search className="ml-auto hidden sm:block">
              <form action="/search">
                <label htmlFor="header-search" className="sr-only">
                  Search claims
                </label>
                <input
                  id="header-search"
                  name="q"
                  type="search"
                  placeholder="Search claims…"
                  className="w-48 rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900"
                />
              </form>
            </search>
            <Link href="/search" prefetch={false} className="ml-auto text-sm underline sm:hidden">
              Search
            </Link>
            <InboxBadge />
            <nav aria-label="Account">
              <AccountMenu />
            </nav>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">
          {children}
        </main>
        <footer className="site-chrome mx-auto max-w-5xl px-4 py-8 text-sm text-slate-600 dark:text-slate-400">
          Claimwise: the evidence behind health and science claims, graded in the open.
        </footer>
      </body>
    </html>
  );
}
