/**
 * Search params of list views: the URL is the table state (cursor, page size, order, filters).
 * Anything malformed is normalized away rather than sent to WorkOS, so a hand-edited or
 * truncated URL still renders a sensible page.
 */
import type { SortOrder } from './types';

export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 10;
const MAX_FILTER_LENGTH = 200;

export type RawSearchParams = Record<string, string | string[] | undefined>;

export interface ListParams {
  limit: number;
  order: SortOrder;
  before?: string;
  after?: string;
}

/** WorkOS object ids: a lowercase prefix, an underscore and an alphanumeric (ULID) tail. */
const OBJECT_ID = /^[a-z]+(?:_[a-z]+)*_[0-9A-Za-z]{1,64}$/;

export function isObjectId(value: string, prefix?: string): boolean {
  return value.length <= 100 && OBJECT_ID.test(value) && (!prefix || value.startsWith(`${prefix}_`));
}

export function firstValue(params: RawSearchParams, key: string): string | undefined {
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

export function parseListParams(params: RawSearchParams): ListParams {
  const limitText = firstValue(params, 'limit');
  const limit = limitText && /^\d{1,3}$/.test(limitText) ? Number(limitText) : NaN;
  const order: SortOrder = firstValue(params, 'order') === 'asc' ? 'asc' : 'desc';
  const cursor = (key: string) => {
    const value = firstValue(params, key);
    return value && isObjectId(value) ? value : undefined;
  };
  const after = cursor('after');
  // Both cursors at once is contradictory; keep the forward one.
  const before = after ? undefined : cursor('before');
  return {
    limit: limit >= 1 && limit <= 100 ? limit : DEFAULT_PAGE_SIZE,
    order,
    ...(before && { before }),
    ...(after && { after }),
  };
}

/** A free-text filter, trimmed and bounded; empty means "no filter". */
export function parseTextFilter(params: RawSearchParams, key: string): string | undefined {
  const value = firstValue(params, key)?.trim();
  return value ? value.slice(0, MAX_FILTER_LENGTH) : undefined;
}

export function parseIdFilter(params: RawSearchParams, key: string, prefix: string): string | undefined {
  const value = firstValue(params, key)?.trim();
  return value && isObjectId(value, prefix) ? value : undefined;
}

/** An Events API cursor (an event id), or nothing: a malformed one is dropped like any bad cursor. */
export function parseEventCursor(params: RawSearchParams, key: string): string | undefined {
  return parseIdFilter(params, key, 'event');
}

/**
 * The href of the same view with some params changed. `undefined` removes a param; changing
 * anything but the cursor resets paging to the first page.
 */
export function hrefWith(pathname: string, current: Record<string, string | undefined>, changes: Record<string, string | undefined>): string {
  const touchesCursor = 'before' in changes || 'after' in changes;
  const next: Record<string, string | undefined> = { ...current, ...(touchesCursor ? {} : { before: undefined, after: undefined }), ...changes };
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(next)) if (value !== undefined && value !== '') query.set(key, value);
  const text = query.toString();
  return text ? `${pathname}?${text}` : pathname;
}

/** The href of exactly this view (cursor included), e.g. for a retry link. */
export function hrefOf(pathname: string, query: Record<string, string | undefined>): string {
  return hrefWith(pathname, query, { before: query.before, after: query.after });
}

/** The params a list view keeps in its URL, as strings, with defaults left out. */
export function listParamsToQuery(list: ListParams): Record<string, string | undefined> {
  return {
    limit: list.limit === DEFAULT_PAGE_SIZE ? undefined : String(list.limit),
    order: list.order === 'desc' ? undefined : list.order,
    before: list.before,
    after: list.after,
  };
}
