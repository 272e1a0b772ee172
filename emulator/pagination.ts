import { truncate, unprocessable } from './errors';
import type { SortedIndex } from './sorted-index';

export type Order = 'asc' | 'desc' | 'normal';

export interface PageParams {
  limit: number;
  order: Order;
  before?: string;
  after?: string;
}

export interface Page {
  ids: string[];
  before: string | null;
  after: string | null;
  /** Number of index slots examined; exposed so tests can prove page cost is independent of size. */
  visited: number;
}

export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 100;

/** Validates limit/order/before/after exactly as the spec constrains them (API.md §4). */
export function parsePageParams(query: URLSearchParams): PageParams {
  const rawLimit = query.get('limit');
  let limit = DEFAULT_LIMIT;
  if (rawLimit !== null && rawLimit !== '') {
    if (!/^\d{1,4}$/.test(rawLimit) || Number(rawLimit) < 1 || Number(rawLimit) > MAX_LIMIT) {
      throw unprocessable(`limit must be an integer between 1 and ${MAX_LIMIT}, got '${truncate(rawLimit)}'.`, 'limit');
    }
    limit = Number(rawLimit);
  }
  const rawOrder = query.get('order');
  let order: Order = 'desc';
  if (rawOrder !== null && rawOrder !== '') {
    if (rawOrder !== 'asc' && rawOrder !== 'desc' && rawOrder !== 'normal') {
      throw unprocessable(`order must be one of 'asc', 'desc' or 'normal', got '${truncate(rawOrder)}'.`, 'order');
    }
    order = rawOrder;
  }
  const before = query.get('before') || undefined;
  const after = query.get('after') || undefined;
  if (before !== undefined && after !== undefined) {
    throw unprocessable('before and after cannot be used together.', 'before');
  }
  return { limit, order, before, after };
}

/**
 * One page of `index` under the spec's cursor semantics:
 * - display order is ascending for `asc`, descending for `desc` and `normal`;
 * - for asc/desc, `after=X` = items strictly after X in display order, `before=X` = the `limit`
 *   items immediately preceding X (emitted in display order);
 * - `normal` is descending with the cursor meanings swapped (`before` = older, `after` = newer);
 * - list_metadata.before/after name the cursor to pass for the previous/next page, null at the ends.
 *
 * `cursorKey` maps a cursor id to its sort key; it may be a tombstone of a deleted object, so a
 * dashboard paging while data changes keeps a valid position. Unknown ids throw 422.
 * `filter`, when given, skips non-matching entries (only used on small or bounded indexes).
 */
export function paginate(
  index: SortedIndex,
  params: PageParams,
  cursorKey: (id: string) => string | undefined,
  filter?: (id: string) => boolean,
): Page {
  const n = index.size;
  const dir = params.order === 'asc' ? 1 : -1;
  // Translate the cursor into "forward" (next page in display order) or "backward".
  const forwardCursor = params.order === 'normal' ? params.before : params.after;
  const backwardCursor = params.order === 'normal' ? params.after : params.before;
  const cursor = forwardCursor ?? backwardCursor;
  let key: string | undefined;
  if (cursor !== undefined) {
    key = cursorKey(cursor);
    if (key === undefined) {
      const name = forwardCursor !== undefined ? (params.order === 'normal' ? 'before' : 'after') : params.order === 'normal' ? 'after' : 'before';
      throw unprocessable(`Invalid ${name} cursor: '${truncate(cursor)}' is not a known object id.`, name);
    }
  }

  let visited = 0;
  const matches = (pos: number): string | undefined => {
    visited++;
    const id = index.idAt(pos);
    return id !== undefined && (!filter || filter(id)) ? id : undefined;
  };
  /** Walk from `pos` in `step` direction collecting up to `count` matches; `more` = another match exists. */
  const walk = (pos: number, step: number, count: number): { ids: string[]; more: boolean } => {
    const ids: string[] = [];
    for (let p = pos; p >= 0 && p < n; p += step) {
      const id = matches(p);
      if (id === undefined) continue;
      if (ids.length === count) return { ids, more: true };
      ids.push(id);
    }
    return { ids, more: false };
  };

  let ids: string[];
  let hasPrev: boolean;
  let hasNext: boolean;
  if (key === undefined) {
    const res = walk(dir > 0 ? 0 : n - 1, dir, params.limit);
    ids = res.ids;
    hasPrev = false;
    hasNext = res.more;
  } else if (forwardCursor !== undefined) {
    const start = dir > 0 ? index.upperBound(key) : index.lowerBound(key) - 1;
    const res = walk(start, dir, params.limit);
    ids = res.ids;
    hasNext = res.more;
    hasPrev = walk(start - dir, -dir, 0).more;
  } else {
    const start = dir > 0 ? index.lowerBound(key) - 1 : index.upperBound(key);
    const res = walk(start, -dir, params.limit);
    ids = res.ids.reverse();
    hasPrev = res.more;
    hasNext = walk(start + dir, dir, 0).more;
  }

  const first = ids[0];
  const last = ids[ids.length - 1];
  const prevCursor = hasPrev && first !== undefined ? first : null;
  const nextCursor = hasNext && last !== undefined ? last : null;
  return params.order === 'normal'
    ? { ids, before: nextCursor, after: prevCursor, visited }
    : { ids, before: prevCursor, after: nextCursor, visited };
}

export function listEnvelope<T>(data: T[], page: Pick<Page, 'before' | 'after'>) {
  return { object: 'list' as const, data, list_metadata: { before: page.before, after: page.after } };
}

