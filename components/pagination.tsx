import Link from 'next/link';
import { hrefWith } from '@/lib/list-params';

interface PaginationProps {
  pathname: string;
  /** The view's current query (filters, page size, order), as strings. */
  query: Record<string, string | undefined>;
  before: string | null;
  after: string | null;
  label: string;
}

const linkClass =
  'inline-flex items-center gap-1 rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800';
const disabledClass = 'inline-flex items-center gap-1 rounded-md border border-zinc-200 px-3 py-1.5 text-sm text-zinc-400 dark:border-zinc-800 dark:text-zinc-600';

/** Previous/next by cursor. The next page is prefetched in full so paging forward feels instant. */
export function Pagination({ pathname, query, before, after, label }: PaginationProps) {
  return (
    <nav aria-label={label} className="ml-auto flex items-center justify-end gap-2">
      {before ? (
        <Link className={linkClass} href={hrefWith(pathname, query, { before, after: undefined })} rel="prev">
          ← Previous
        </Link>
      ) : (
        <span className={disabledClass} aria-disabled="true">
          ← Previous
        </span>
      )}
      {after ? (
        <Link className={linkClass} href={hrefWith(pathname, query, { after, before: undefined })} rel="next" prefetch>
          Next →
        </Link>
      ) : (
        <span className={disabledClass} aria-disabled="true">
          Next →
        </span>
      )}
    </nav>
  );
}
