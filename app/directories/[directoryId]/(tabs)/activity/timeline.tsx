import { ActivityFeed } from '@/components/activity-feed';
import type { ActivityPage } from '@/lib/activity';
import type { Loaded } from '@/lib/load';
import { ActivityTable } from './activity-table';

/** A user's or group's activity on its page: the tab's table, paged by its own search param. */
export async function Timeline({ activity, pathname, query, subject }: { activity: Promise<Loaded<ActivityPage>>; pathname: string; query: Record<string, string | undefined>; subject: 'user' | 'group' }) {
  return (
    <ActivityFeed activity={await activity} pathname={pathname} query={query} cursorParam="activity_after" label="Activity pages">
      {(events) => <ActivityTable caption={`Activity of this ${subject}`} rows={events} empty={`No Directory Sync events mention this ${subject} in the Events API’s retention window (30 days).`} />}
    </ActivityFeed>
  );
}
