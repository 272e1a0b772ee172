import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ExportButton } from '@/components/export-button';
import { ListControls } from '@/components/list-controls';
import { PagedList } from '@/components/paged-list';
import { TableSkeleton } from '@/components/skeleton';
import { listParamsToQuery, parseListParams } from '@/lib/list-params';
import type { ListParams, RawSearchParams } from '@/lib/list-params';
import { load } from '@/lib/load';
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
  // Shared with the layout's read (cached per request): the export's total comes from its metadata.
  const groupCount = (await getDirectory(directoryId).catch(() => null))?.groupCount ?? null;
  return (
    <>
      <div className="mb-3 flex justify-end">
        <ExportButton href={`/api/directories/${directoryId}/export?kind=groups`} fileBase={`${directoryId}-groups`} total={groupCount} noun="groups" />
      </div>
      <ListControls pathname={pathname} limit={list.limit} order={list.order} filters={[]} />
      <Suspense key={JSON.stringify(query)} fallback={<TableSkeleton columns={3} />}>
        <GroupsResults directoryId={directoryId} pathname={pathname} query={query} list={list} />
      </Suspense>
    </>
  );
}

async function GroupsResults({ directoryId, pathname, query, list }: { directoryId: string; pathname: string; query: Record<string, string | undefined>; list: ListParams }) {
  const page = await load(listDirectoryGroups({ ...list, directoryId }));
  return (
    <PagedList page={page} pathname={pathname} query={query} directoryId={directoryId} label="Groups pages">
      {(rows) => <GroupsTable caption="Groups" rows={rows} empty="This directory has no groups yet." />}
    </PagedList>
  );
}
