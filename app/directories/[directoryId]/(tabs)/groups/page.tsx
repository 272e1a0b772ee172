import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ExportButton } from '@/components/export-button';
import { ListControls } from '@/components/list-controls';
import { PagedList } from '@/components/paged-list';
import { TableSkeleton } from '@/components/skeleton';
import { listParamsToQuery, parseListParams } from '@/lib/list-params';
import type { RawSearchParams } from '@/lib/list-params';
import { startLoad } from '@/lib/load';
import type { Loaded } from '@/lib/load';
import type { DirectoryGroup, Page } from '@/lib/types';
import { routeId } from '@/lib/route-ids';
import { getDirectory, listDirectoryGroups } from '@/lib/workos';
import { GroupsTable } from './groups-table';

export const metadata: Metadata = { title: 'Groups' };

interface Props {
  params: Promise<{ directoryId: string }>;
  searchParams: Promise<RawSearchParams>;
}

export default async function DirectoryGroupsPage({ params, searchParams }: Props) {
  const directoryId = routeId((await params).directoryId, 'directory');
  const list = parseListParams(await searchParams);
  const query = listParamsToQuery(list);
  const pathname = `/directories/${directoryId}/groups`;
  // Started before anything is awaited, so it runs alongside the layout's directory read.
  const page = startLoad(listDirectoryGroups({ ...list, directoryId }));
  // Shared with the layout's read (cached per request): the export's total comes from its metadata.
  const groupCount = (await getDirectory(directoryId).catch(() => null))?.groupCount ?? null;
  return (
    <>
      <div className="mb-3 flex justify-end">
        <ExportButton href={`/api/directories/${directoryId}/export?kind=groups`} fileBase={`${directoryId}-groups`} total={groupCount} noun="groups" />
      </div>
      <ListControls pathname={pathname} limit={list.limit} order={list.order} filters={[]} />
      <Suspense key={JSON.stringify(query)} fallback={<TableSkeleton columns={3} />}>
        <GroupsResults page={page} directoryId={directoryId} pathname={pathname} query={query} />
      </Suspense>
    </>
  );
}

async function GroupsResults({ page, directoryId, pathname, query }: { page: Promise<Loaded<Page<DirectoryGroup>>>; directoryId: string; pathname: string; query: Record<string, string | undefined> }) {
  return (
    <PagedList page={await page} pathname={pathname} query={query} directoryId={directoryId} label="Groups pages">
      {(rows) => <GroupsTable caption="Groups" rows={rows} empty="This directory has no groups yet." />}
    </PagedList>
  );
}
