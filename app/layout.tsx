import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { headers } from 'next/headers';
import { ThemeToggle, themeBootScript } from '@/components/theme-toggle';
import { UserMenu } from '@/components/user-menu';
import { currentActor } from '@/lib/session';
import { readWorkOSConnection } from '@/lib/config';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Directory Sync', template: '%s · Directory Sync' },
  description: 'Browse and manage WorkOS Directory Sync directories, users and groups.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { usesEmulator } = readWorkOSConnection();
  const [{ actor }, requestHeaders] = await Promise.all([currentActor(), headers()]);
  // The per-request nonce of the CSP (proxy.ts), so the theme script may run.
  const nonce = requestHeaders.get('x-nonce') ?? undefined;
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: themeBootScript }} />
      </head>
      <body className="min-h-screen">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-zinc-900">
          Skip to content
        </a>
        <header className="border-b border-zinc-200 dark:border-zinc-800">
          <div className="mx-auto flex max-w-7xl items-center gap-6 px-4 py-3 sm:px-6">
            <Link href="/directories" className="font-semibold tracking-tight">
              Directory Sync
            </Link>
            <nav aria-label="Main" className="flex gap-4 text-sm">
              <Link href="/directories" className="text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100">
                Directories
              </Link>
              <Link href="/audit" className="text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100">
                Audit log
              </Link>
              <Link href="/settings/connection" className="text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100">
                Settings
              </Link>
            </nav>
            <div className="ml-auto flex items-center gap-3">
              {usesEmulator && (
                <span
                  className="rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-medium text-amber-900 ring-1 ring-amber-600/30 dark:bg-amber-950 dark:text-amber-200"
                  title="No WORKOS_API_KEY is set: the dashboard is showing the local emulator's demo data."
                >
                  Demo data — local emulator
                </span>
              )}
              <ThemeToggle />
              {actor && <UserMenu actor={actor} />}
            </div>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-7xl px-4 py-6 sm:px-6">
          {children}
        </main>
      </body>
    </html>
  );
}
