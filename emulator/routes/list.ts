import { listEnvelope, paginate, parsePageParams } from '../pagination';
import { SortedIndex, sortKey } from '../sorted-index';
import type { Store } from '../store';

type Kind = Parameters<Store['cursorKey']>[0];

/** Validates paging params, reads one page of `index`, and wraps it in the list envelope. */
export function listPage<T>(
  store: Store,
  kind: Kind,
  index: SortedIndex,
  query: URLSearchParams,
  toWire: (id: string) => T | undefined,
  filter?: (id: string) => boolean,
) {
  const page = paginate(index, parsePageParams(query), (id) => store.cursorKey(kind, id), filter);
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
