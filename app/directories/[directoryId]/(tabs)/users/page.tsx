import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ExportButton } from '@/components/export-button';
import { ListControls } from '@/components/list-controls';
import { PagedList } from '@/components/paged-list';
import { TableSkeleton } from '@/components/skeleton';
import { listParamsToQuery, parseListParams, parseTextFilter } from '@/lib/list-params';
import type { RawSearchParams } from '@/lib/list-params';
import { startLoad } from '@/lib/load';
import type { Loaded } from '@/lib/load';
import type { DirectoryUser, Page } from '@/lib/types';
import { routeId } from '@/lib/route-ids';
import { getDirectory, listDirectoryUsers } from '@/lib/workos';
import { UsersTable } from './users-table';

export const metadata: Metadata = { title: 'Users' };

interface Props {
  params: Promise<{ directoryId: string }>;
  searchParams: Promise<RawSearchParams>;
}

export default async function DirectoryUsersPage({ params, searchParams }: Props) {
  const directoryId = routeId((await params).directoryId, 'directory');
  const search = await searchParams;
  const list = parseListParams(search);
  const email = parseTextFilter(search, 'email');
  const query = { ...listParamsToQuery(list), email };
  const pathname = `/directories/${directoryId}/users`;
  // Started before anything is awaited, so it runs alongside the layout's directory read.
  const page = startLoad(listDirectoryUsers({ ...list, directoryId, email }));
  // Shared with the layout's read (cached per request): the export's total comes from its metadata.
  const counts = (await getDirectory(directoryId).catch(() => null))?.userCounts;
  return (
    <>
      <div className="mb-3 flex justify-end">
        <ExportButton href={`/api/directories/${directoryId}/export?kind=users`} fileBase={`${directoryId}-users`} total={counts ? counts.active + counts.inactive : null} noun="users" />
      </div>
      <ListControls
        pathname={pathname}
        limit={list.limit}
        order={list.order}
        filters={[{ name: 'email', label: 'Exact primary email', value: email, placeholder: 'name@company.com', type: 'email' }]}
      />
      <Suspense key={JSON.stringify(query)} fallback={<TableSkeleton columns={6} />}>
        <UsersResults page={page} directoryId={directoryId} pathname={pathname} query={query} email={email} />
      </Suspense>
    </>
  );
}

async function UsersResults({ page, directoryId, pathname, query, email }: { page: Promise<Loaded<Page<DirectoryUser>>>; directoryId: string; pathname: string; query: Record<string, string | undefined>; email?: string }) {
  return (
    <PagedList page={await page} pathname={pathname} query={query} directoryId={directoryId} label="Users pages">
      {(rows) => <UsersTable caption="Users" rows={rows} empty={email ? `No user in this directory has the primary email “${email}”.` : 'This directory has no users yet.'} />}
    </PagedList>
  );
}
