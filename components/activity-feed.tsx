import Link from 'next/link';
import type { ReactNode } from 'react';
import type { ActivityPage } from '@/lib/activity';
import { hrefOf, hrefWith } from '@/lib/list-params';
import type { Loaded } from '@/lib/load';
import type { ActivityEvent } from '@/lib/types';
import { ApiFailureView } from './api-failure';

interface ActivityFeedProps {
  activity: Loaded<ActivityPage>;
  pathname: string;
  query: Record<string, string | undefined>;
  /** The search param holding this feed's cursor ("after" on the tab, its own name beside another list). */
  cursorParam: string;
  label: string;
  children: (events: ActivityEvent[]) => ReactNode;
}

const linkClass = 'inline-flex items-center gap-1 rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800';
const disabledClass = 'inline-flex items-center gap-1 rounded-md border border-zinc-200 px-3 py-1.5 text-sm text-zinc-400 dark:border-zinc-800 dark:text-zinc-600';

/**
 * A page of activity with its pager, or the reason it could not be loaded. The Events API pages
 * forward only, so the pager offers "Newest" and "Older", and says why there is no "Previous".
 */
export function ActivityFeed({ activity, pathname, query, cursorParam, label, children }: ActivityFeedProps) {
  if (!activity.ok) return <ApiFailureView failure={activity.failure} retryHref={hrefOf(pathname, query)} startOverHref={hrefWith(pathname, query, { [cursorParam]: undefined })} />;
  const { events, older, scanned, truncated } = activity.value;
  const atNewest = !query[cursorParam];
  return (
    <div className="space-y-3">
      {children(events)}
      {truncated && (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Searched {scanned.toLocaleString('en-US')} events of this organization for this view; older ones may hold more. Use “Older” to keep looking.
        </p>
      )}
      <nav aria-label={label} className="flex flex-wrap items-center justify-end gap-2">
        <span className="mr-auto text-xs text-zinc-600 dark:text-zinc-400">Newest first. The WorkOS Events API pages forward only, so there is no “Previous”: go back to Newest.</span>
        {atNewest ? (
          <span className={disabledClass} aria-disabled="true">
            ⇤ Newest
          </span>
        ) : (
          <Link className={linkClass} href={hrefWith(pathname, query, { [cursorParam]: undefined })}>
            ⇤ Newest
          </Link>
        )}
        {older ? (
          <Link className={linkClass} href={hrefWith(pathname, query, { [cursorParam]: older })} rel="next">
            Older →
          </Link>
        ) : (
          <span className={disabledClass} aria-disabled="true">
            Older →
          </span>
        )}
      </nav>
    </div>
  );
}
