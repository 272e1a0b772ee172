import { listEnvelope, paginate, type PageParams } from '../pagination';
import { SortedIndex, sortKey } from '../sorted-index';
import type { Store } from '../store';

type Kind = Parameters<Store['cursorKey']>[0];

/**
 * Reads one page of `index` and wraps it in the list envelope. Callers parse the paging params
 * (parsePageParams) before resolving filters, so a bad limit/order is a 422 even for unknown ids.
 */
export function listPage<T>(
  store: Store,
  kind: Kind,
  index: SortedIndex,
  params: PageParams,
  toWire: (id: string) => T | undefined,
  filter?: (id: string) => boolean,
) {
  const page = paginate(index, params, (id) => store.cursorKey(kind, id), filter);
  return listEnvelope(page.ids.flatMap((id) => { const w = toWire(id); return w === undefined ? [] : [w]; }), page);
}

/** A throwaway index over a small candidate set (e.g. users matching an email). */
export function indexOf(ids: Iterable<string>, created: (id: string) => string | undefined): SortedIndex {
  const index = new SortedIndex();
  for (const id of ids) {
    const at = created(id);
    if (at !== undefined) index.insert(sortKey(at, id), id);
  }
  return index;
}

/** Query value that must be a single non-empty string when present. */
export function str(query: URLSearchParams, name: string): string | undefined {
  const value = query.get(name);
  return value === null || value === '' ? undefined : value;
}
