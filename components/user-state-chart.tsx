import { formatCount } from '@/lib/format';
import type { Directory } from '@/lib/types';

/**
 * Users by state and the group count, as small CSS bars. Figures come from the directory's metadata,
 * which WorkOS keeps in two buckets: active, and inactive — suspended users are counted there
 * (emulator/README.md "Metadata counts"). Counting suspended users apart would mean listing every
 * user (25,000 requests' worth of rate limit for 100k users), so the chart says "incl. suspended".
 * Numbers are text; bars are decoration (aria-hidden), so screen readers read a plain list.
 */
export function UserStateChart({ directory }: { directory: Pick<Directory, 'userCounts' | 'groupCount'> }) {
  const counts = directory.userCounts;
  const bars = [
    { label: 'Active users', value: counts?.active, color: 'bg-emerald-600 dark:bg-emerald-400' },
    { label: 'Inactive users (incl. suspended)', value: counts?.inactive, color: 'bg-zinc-500 dark:bg-zinc-400' },
    { label: 'Groups', value: directory.groupCount ?? undefined, color: 'bg-indigo-600 dark:bg-indigo-400' },
  ];
  const max = Math.max(1, ...bars.map((bar) => bar.value ?? 0));
  return (
    <figure className="self-start rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
      <figcaption className="mb-2 text-xs font-medium text-zinc-600 dark:text-zinc-400">Users by state, and groups</figcaption>
      <dl className="space-y-2" aria-label="Counts">
        {bars.map((bar) => (
          <div key={bar.label}>
            <dt className="text-xs text-zinc-600 dark:text-zinc-400">{bar.label}</dt>
            <dd className="flex items-center gap-2 text-xs">
              <span aria-hidden="true" className="h-2 flex-1 rounded-full bg-zinc-100 dark:bg-zinc-800">
                <span className={`block h-2 rounded-full ${bar.color}`} style={{ width: `${bar.value ? Math.max(1, (bar.value / max) * 100) : 0}%` }} />
              </span>
              <span className="w-16 text-right font-semibold tabular-nums">{bar.value === undefined ? '—' : formatCount(bar.value)}</span>
            </dd>
          </div>
        ))}
      </dl>
    </figure>
  );
}
