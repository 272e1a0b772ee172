import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ActivityFeed } from '@/components/activity-feed';
import { TableSkeleton } from '@/components/skeleton';
import { loadDirectoryActivity } from '@/lib/activity';
import { parseEventCursor } from '@/lib/list-params';
import type { RawSearchParams } from '@/lib/list-params';
import { routeId } from '@/lib/route-ids';
import { ActivityTable } from './activity-table';

export const metadata: Metadata = { title: 'Activity' };

interface Props {
  params: Promise<{ directoryId: string }>;
  searchParams: Promise<RawSearchParams>;
}

export default async function DirectoryActivityPage({ params, searchParams }: Props) {
  const directoryId = routeId((await params).directoryId, 'directory');
  const after = parseEventCursor(await searchParams, 'after');
  const query = { after };
  const pathname = `/directories/${directoryId}/activity`;
  return (
    <Suspense key={after ?? 'newest'} fallback={<TableSkeleton columns={4} />}>
      <ActivityResults directoryId={directoryId} pathname={pathname} query={query} />
    </Suspense>
  );
}

async function ActivityResults({ directoryId, pathname, query }: { directoryId: string; pathname: string; query: { after?: string } }) {
  const activity = await loadDirectoryActivity({ directoryId }, query.after);
  return (
    <ActivityFeed activity={activity} pathname={pathname} query={query} cursorParam="after" label="Activity pages">
      {(events) => <ActivityTable caption="Activity" rows={events} empty="No Directory Sync events for this directory in the Events API’s retention window (30 days)." />}
    </ActivityFeed>
  );
}
