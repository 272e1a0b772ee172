import Link from 'next/link';
import { PAGE_SIZES } from '@/lib/list-params';
import type { SortOrder } from '@/lib/types';

export interface FilterField {
  name: string;
  label: string;
  value: string | undefined;
  placeholder: string;
  type?: 'search' | 'email' | 'text';
}

interface ListControlsProps {
  pathname: string;
  filters: FilterField[];
  limit: number;
  order: SortOrder;
}

const fieldClass =
  'rounded-md border border-zinc-300 bg-white px-2.5 py-1.5 text-sm shadow-xs dark:border-zinc-700 dark:bg-zinc-900';

/**
 * A plain GET form: submitting writes the filters into the URL (and drops the cursor), so the
 * view works without JavaScript and every state can be bookmarked.
 */
export function ListControls({ pathname, filters, limit, order }: ListControlsProps) {
  const filtered = filters.some((filter) => filter.value);
  return (
    <form action={pathname} method="get" role="search" className="mb-4 flex flex-wrap items-end gap-3">
      {filters.map((filter) => (
        <label key={filter.name} className="flex flex-col gap-1 text-xs font-medium text-zinc-600 dark:text-zinc-400">
          {filter.label}
          <input
            name={filter.name}
            type={filter.type ?? 'search'}
            defaultValue={filter.value}
            placeholder={filter.placeholder}
            maxLength={200}
            className={`${fieldClass} w-64 font-normal text-zinc-900 dark:text-zinc-100`}
          />
        </label>
      ))}
      <label className="flex flex-col gap-1 text-xs font-medium text-zinc-600 dark:text-zinc-400">
        Rows per page
        <select name="limit" defaultValue={String(limit)} className={`${fieldClass} font-normal text-zinc-900 dark:text-zinc-100`}>
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-xs font-medium text-zinc-600 dark:text-zinc-400">
        Order
        <select name="order" defaultValue={order} className={`${fieldClass} font-normal text-zinc-900 dark:text-zinc-100`}>
          <option value="desc">Newest first</option>
          <option value="asc">Oldest first</option>
        </select>
      </label>
      <button type="submit" className="rounded-md bg-zinc-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300">
        Apply
      </button>
      {filtered && (
        <Link href={pathname} className="py-1.5 text-sm text-zinc-600 underline hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100">
          Clear filters
        </Link>
      )}
    </form>
  );
}
