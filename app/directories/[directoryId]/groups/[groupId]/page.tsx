import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ApiFailureView } from '@/components/api-failure';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { CopyableId } from '@/components/copy-button';
import { ExportButton } from '@/components/export-button';
import { Details, JsonBlock, Section } from '@/components/details';
import { PagedList } from '@/components/paged-list';
import { TableSkeleton } from '@/components/skeleton';
import { formatDateTime } from '@/lib/format';
import { loadDirectoryActivity } from '@/lib/activity';
import { listParamsToQuery, parseEventCursor, parseListParams } from '@/lib/list-params';
import type { RawSearchParams } from '@/lib/list-params';
import { firstFailure, load, startLoad } from '@/lib/load';
import type { Loaded } from '@/lib/load';
import { routeId } from '@/lib/route-ids';
import type { DirectoryUser, Page } from '@/lib/types';
import { getDirectory, getDirectoryGroup, listDirectoryUsers } from '@/lib/workos';
import { Timeline } from '../../(tabs)/activity/timeline';
import { UsersTable } from '../../(tabs)/users/users-table';

interface Props {
  params: Promise<{ directoryId: string; groupId: string }>;
  searchParams: Promise<RawSearchParams>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { directoryId, groupId } = await params;
  const group = await getDirectoryGroup(directoryId, groupId).catch(() => null);
  return { title: group ? group.name : 'Group' };
}

export default async function DirectoryGroupPage({ params, searchParams }: Props) {
  const raw = await params;
  const directoryId = routeId(raw.directoryId, 'directory');
  const groupId = routeId(raw.groupId, 'directory_group');
  const search = await searchParams;
  const list = parseListParams(search);
  const activityAfter = parseEventCursor(search, 'activity_after');
  // Members, the group and its activity all start now; the tables stream in as they arrive.
  const members = startLoad(listDirectoryUsers({ ...list, directoryId, groupId }));
  const activity = loadDirectoryActivity({ directoryId, groupId }, activityAfter);
  const [directory, group] = await Promise.all([load(getDirectory(directoryId)), load(getDirectoryGroup(directoryId, groupId))]);
  const pathname = `/directories/${directoryId}/groups/${groupId}`;
  if (!directory.ok || !group.ok) {
    return <ApiFailureView failure={firstFailure(directory, group)!} retryHref={pathname} startOverHref="/directories" />;
  }
  const details = group.value;

  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Directories', href: '/directories' },
          { label: directory.value.name, href: `/directories/${directoryId}/users` },
          { label: 'Groups', href: `/directories/${directoryId}/groups` },
          { label: details.name },
        ]}
      />
      <h1 className="mb-6 text-2xl font-semibold">{details.name}</h1>
      <Details
        items={[
          { label: 'Group id', value: <CopyableId value={details.id} label="group id" /> },
          { label: 'IdP id', value: <CopyableId value={details.idpId} label="IdP id" /> },
          { label: 'Created', value: <time dateTime={details.createdAt}>{formatDateTime(details.createdAt)}</time> },
          { label: 'Updated', value: <time dateTime={details.updatedAt}>{formatDateTime(details.updatedAt)}</time> },
        ]}
      />
      <Section
        title="Members"
        actions={<ExportButton href={`/api/directories/${directoryId}/export?kind=members&group=${groupId}`} fileBase={`${groupId}-members`} total={null} noun="members" />}
      >
        <Suspense fallback={<TableSkeleton rows={5} columns={6} />}>
          <GroupMembers members={members} directoryId={directoryId} pathname={pathname} query={listParamsToQuery(list)} />
        </Suspense>
      </Section>
      <Section title="Activity">
        <Suspense fallback={<TableSkeleton rows={3} columns={4} />}>
          <Timeline activity={activity} pathname={pathname} query={{ ...listParamsToQuery(list), activity_after: activityAfter }} subject="group" />
        </Suspense>
      </Section>
      <Section title="Raw attributes">
        <JsonBlock value={details.rawAttributes} label="Raw attributes" />
      </Section>
    </>
  );
}

async function GroupMembers({ members, directoryId, pathname, query }: { directoryId: string; members: Promise<Loaded<Page<DirectoryUser>>>; pathname: string; query: Record<string, string | undefined> }) {
  return (
    <PagedList page={await members} pathname={pathname} query={query} directoryId={directoryId} label="Member pages">
      {(rows) => <UsersTable caption="Members" rows={rows} empty="This group has no members." />}
    </PagedList>
  );
}
