import type { ReactNode } from 'react';
import type { Loaded } from '@/lib/load';
import { hrefOf, hrefWith } from '@/lib/list-params';
import type { Page } from '@/lib/types';
import { ApiFailureView } from './api-failure';
import { DataFreshness } from './data-freshness';
import { Pagination } from './pagination';

interface PagedListProps<T> {
  page: Loaded<Page<T>>;
  pathname: string;
  query: Record<string, string | undefined>;
  label: string;
  /** Scopes the refresh control to this directory's cached reads. */
  directoryId?: string;
  children: (rows: T[]) => ReactNode;
}

/** A page of rows with its pager, or the reason it could not be loaded. */
export function PagedList<T>({ page, pathname, query, label, directoryId, children }: PagedListProps<T>) {
  if (!page.ok) return <ApiFailureView failure={page.failure} retryHref={hrefOf(pathname, query)} startOverHref={hrefWith(pathname, query, {})} />;
  return (
    <div className="space-y-3">
      {children(page.value.data)}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <DataFreshness directoryId={directoryId} />
        <Pagination pathname={pathname} query={query} before={page.value.before} after={page.value.after} label={label} />
      </div>
    </div>
  );
}
