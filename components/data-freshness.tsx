import { refreshViewsAction } from '@/app/directories/actions';
import { dataFetchedAt } from '@/lib/workos';

function age(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 5) return 'just now';
  if (seconds < 90) return `${seconds} s ago`;
  return `${Math.round(seconds / 60)} min ago`;
}

/**
 * How fresh the data on this page is (reads are cached, see lib/workos.ts) and a control to re-read
 * it from WorkOS. Render it after the page's reads have been awaited.
 */
export function DataFreshness({ directoryId }: { directoryId?: string }) {
  const fetchedAt = dataFetchedAt();
  if (fetchedAt === null) return null;
  const iso = new Date(fetchedAt).toISOString();
  return (
    <form action={refreshViewsAction} className="flex items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400">
      {directoryId && <input type="hidden" name="directoryId" value={directoryId} />}
      <span>
        Data from WorkOS <time dateTime={iso} title={iso}>{age(Date.now() - fetchedAt)}</time>
      </span>
      <button type="submit" className="rounded px-1.5 py-0.5 font-medium ring-1 ring-zinc-300 hover:bg-zinc-100 dark:ring-zinc-700 dark:hover:bg-zinc-800">
        Refresh
      </button>
    </form>
  );
}
