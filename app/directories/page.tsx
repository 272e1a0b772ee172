import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ApiFailureView } from '@/components/api-failure';
import { DataFreshness } from '@/components/data-freshness';
import { DeletionNotice } from '@/components/deletion-notice';
import { ListControls } from '@/components/list-controls';
import { Pagination } from '@/components/pagination';
import { TableSkeleton } from '@/components/skeleton';
import { hrefOf, hrefWith, isObjectId, listParamsToQuery, parseListParams, parseTextFilter } from '@/lib/list-params';
import type { ListParams, RawSearchParams } from '@/lib/list-params';
import { findAuditEntry } from '@/lib/audit-log';
import { load } from '@/lib/load';
import { requireSession } from '@/lib/session';
import { listDirectories } from '@/lib/workos';
import { DirectoriesTable } from './directories-table';

export const metadata: Metadata = { title: 'Directories' };

const PATHNAME = '/directories';

export default async function DirectoriesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const params = await searchParams;
  const list = parseListParams(params);
  const search = parseTextFilter(params, 'search');
  const organizationText = parseTextFilter(params, 'organization');
  const organizationId = organizationText && isObjectId(organizationText, 'org') ? organizationText : undefined;
  const query = { ...listParamsToQuery(list), search, organization: organizationId };
  const deletedEntryId = parseTextFilter(params, 'deleted');
  const deletion = deletedEntryId ? await findAuditEntry(deletedEntryId) : null;

  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">Directories</h1>
      <p className="mb-6 text-sm text-zinc-600 dark:text-zinc-400">Identity providers connected through WorkOS Directory Sync.</p>
      {deletion && deletion.outcome !== 'refused' && deletion.outcome !== 'failed' && <DeletionNotice entry={deletion} />}
      <ListControls
        pathname={PATHNAME}
        limit={list.limit}
        order={list.order}
        filters={[
          { name: 'search', label: 'Name', value: search, placeholder: 'Search by name' },
          { name: 'organization', label: 'Organization id', value: organizationText, placeholder: 'org_…', type: 'text' },
        ]}
      />
      {organizationText && !organizationId && (
        <p role="status" className="mb-4 text-sm text-amber-800 dark:text-amber-300">
          “{organizationText}” is not an organization id (they look like org_01H…), so it was not applied.
        </p>
      )}
      <Suspense key={JSON.stringify(query)} fallback={<TableSkeleton />}>
        <DirectoriesResults list={list} search={search} organizationId={organizationId} query={query} />
      </Suspense>
    </>
  );
}

async function DirectoriesResults({ list, search, organizationId, query }: { list: ListParams; search?: string; organizationId?: string; query: Record<string, string | undefined> }) {
  const [page, actor] = await Promise.all([load(listDirectories({ ...list, search, organizationId })), requireSession()]);
  if (!page.ok) {
    return <ApiFailureView failure={page.failure} retryHref={hrefOf(PATHNAME, query)} startOverHref={hrefWith(PATHNAME, query, {})} />;
  }
  const filtered = Boolean(search || organizationId);
  return (
    <div className="space-y-3">
      <DirectoriesTable canDelete={actor.role === 'admin'} rows={page.value.data} empty={filtered ? 'No directory matches these filters.' : 'No directories are connected yet.'} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <DataFreshness />
        <Pagination pathname={PATHNAME} query={query} before={page.value.before} after={page.value.after} label="Directories pages" />
      </div>
    </div>
  );
}
