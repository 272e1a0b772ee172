import { ApiError, truncate, unprocessable, withErrorList } from '../errors';
import type { ApiRoute } from '../http';
import { parsePageParams } from '../pagination';
import { eventWire } from '../serialize';
import type { EmulatorState } from '../state';
import { listPage, str } from './list';

const EVENT_NAME = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/;

/**
 * The `events` filter in the three encodings clients use: `events=a,b` (the spec's form/explode=false,
 * what the Node SDK sends), `events=a&events=b`, and `events[]=a`.
 */
export function parseEventNames(query: URLSearchParams): string[] {
  const names = [...query.getAll('events'), ...query.getAll('events[]')]
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
  for (const name of names) {
    if (!EVENT_NAME.test(name)) throw unprocessable(`Invalid event name: '${truncate(name)}'.`, 'events');
  }
  return [...new Set(names)];
}

function parseDate(query: URLSearchParams, field: string): string | undefined {
  const raw = str(query, field);
  if (raw === undefined) return undefined;
  const ms = Date.parse(raw);
  if (Number.isNaN(ms)) throw unprocessable(`${field} must be an ISO-8601 date, got '${truncate(raw)}'.`, field);
  return new Date(ms).toISOString();
}

export function eventRoutes(route: ApiRoute, state: EmulatorState): void {
  route('GET', '/events', (_c, query) => {
    try {
      const { store } = state;
      const params = parsePageParams(query);
      const names = parseEventNames(query);
      const start = parseDate(query, 'range_start');
      const end = parseDate(query, 'range_end');
      if (start !== undefined && end !== undefined && start > end) throw unprocessable('range_start must not be after range_end.', 'range_start');
      const orgId = str(query, 'organization_id');
      // Start from the narrowest ordered index; remaining filters are predicates over it (the event
      // log is bounded: the seed records a sample for the large directory).
      const index = names.length === 1 ? store.eventsNamed(names[0] as string)
        : orgId !== undefined ? store.eventsOfOrganization(orgId) : store.eventIndex;
      const nameSet = new Set(names);
      const needsFilter = names.length > 1 || (names.length === 1 && orgId !== undefined) || start !== undefined || end !== undefined;
      const filter = !needsFilter ? undefined : (id: string) => {
        const e = store.events.get(id);
        if (!e) return false;
        if (nameSet.size && !nameSet.has(e.event)) return false;
        if (orgId !== undefined && e.organization_id !== orgId) return false;
        if (start !== undefined && e.created_at < start) return false;
        if (end !== undefined && e.created_at > end) return false;
        return true;
      };
      return listPage(store, 'event', index, params, (id) => {
        const e = store.events.get(id);
        return e && eventWire(e);
      }, filter);
    } catch (err) {
      // The spec's Events 422 schema requires an `errors` list.
      if (err instanceof ApiError && err.status === 422) throw withErrorList(err);
      throw err;
    }
  });
}
