import 'server-only';
import { DSYNC_EVENT_NAMES, GROUP_EVENT_NAMES, USER_EVENT_NAMES, eventMatches } from './events';
import type { EventFilter } from './events';
import type { ActivityEvent } from './types';
import { startLoad } from './load';
import type { Loaded } from './load';
import { getDirectory, listEvents } from './workos';

/** Entries per activity view, API page size (the maximum), and how many API pages one view may read. */
export const ACTIVITY_PAGE_SIZE = 20;
const API_PAGE_SIZE = 100;
const MAX_API_PAGES_PER_VIEW = 5;

export interface ActivityPage {
  events: ActivityEvent[];
  /** Cursor for "Older": an Events API cursor (an event id), or null when the API has no more events. */
  older: string | null;
  /** Events read from the API to build this view (of the organization, all directories). */
  scanned: number;
  /** True when the view stopped at its API page budget before filling up. */
  truncated: boolean;
}

/**
 * A page of one directory's activity (optionally one user's or group's), newest first.
 *
 * The Events API filters by organization, not by directory, so events are filtered here, and a
 * page of the API may hold few or none of ours. Cursor design: the "Older" cursor is the id of the
 * last event this view *examined* — the last shown one when the view filled up mid-page, else the
 * last of the last API page read. Any event id is a valid `after` cursor, so the next view resumes
 * exactly where this one stopped: nothing is skipped and nothing is shown twice. Reads are bounded
 * (at most MAX_API_PAGES_PER_VIEW requests per view); a view that runs out of budget says so and
 * still offers "Older". The API has no `before`, so there is no "previous page": only Newest and
 * Older.
 */
export async function loadActivity(request: { organizationId: string; filter: EventFilter; after?: string }): Promise<ActivityPage> {
  const names = request.filter.userId ? USER_EVENT_NAMES : request.filter.groupId ? GROUP_EVENT_NAMES : DSYNC_EVENT_NAMES;
  const events: ActivityEvent[] = [];
  let cursor = request.after;
  let scanned = 0;
  for (let pages = 0; pages < MAX_API_PAGES_PER_VIEW; pages++) {
    const page = await listEvents({ organizationId: request.organizationId, events: names, limit: API_PAGE_SIZE, after: cursor });
    for (const event of page.data) {
      scanned++;
      cursor = event.id;
      if (!eventMatches(event, request.filter)) continue;
      events.push(event);
      if (events.length === ACTIVITY_PAGE_SIZE) {
        // Full: "Older" resumes right after this event, even if the API page had more after it.
        const isLastOfApi = page.after === null && event === page.data[page.data.length - 1];
        return { events, older: isLastOfApi ? null : event.id, scanned, truncated: false };
      }
    }
    if (!page.after) return { events, older: null, scanned, truncated: false };
    cursor = page.after;
  }
  return { events, older: cursor ?? null, scanned, truncated: true };
}

/**
 * A directory's (or one of its users' or groups') activity for a page, started now. The Events API
 * needs the organization id, read from the directory (a cached read the page shares). A directory
 * without an organization has no events to show.
 */
export function loadDirectoryActivity(filter: EventFilter, after?: string): Promise<Loaded<ActivityPage>> {
  return startLoad(
    (async () => {
      const directory = await getDirectory(filter.directoryId);
      if (!directory) return null;
      if (!directory.organizationId) return { events: [], older: null, scanned: 0, truncated: false };
      return loadActivity({ organizationId: directory.organizationId, filter, after });
    })(),
  );
}
