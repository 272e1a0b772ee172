'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

export interface Tab {
  label: string;
  href: string;
  /** Shown but not yet clickable, with the reason as a tooltip. */
  disabledReason?: string;
}

export function TabNav({ tabs, label }: { tabs: Tab[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="mb-6 border-b border-zinc-200 dark:border-zinc-800">
      <ul className="-mb-px flex gap-6 text-sm">
        {tabs.map((tab) => {
          const current = pathname === tab.href;
          if (tab.disabledReason) {
            return (
              <li key={tab.href}>
                <span aria-disabled="true" title={tab.disabledReason} className="inline-block border-b-2 border-transparent py-2 text-zinc-400 dark:text-zinc-600">
                  {tab.label}
                </span>
              </li>
            );
          }
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={current ? 'page' : undefined}
                className={`inline-block border-b-2 py-2 font-medium ${current ? 'border-indigo-600 text-indigo-700 dark:border-indigo-400 dark:text-indigo-300' : 'border-transparent text-zinc-600 hover:border-zinc-300 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100'}`}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
