/** Tags of cached API reads: what a change invalidates (lib/cache.ts) and what a read carries (lib/workos.ts). */
export const DIRECTORIES_TAG = 'directories';

/** Everything read inside one directory: the directory itself, its users, groups and memberships. */
export function directoryTag(directoryId: string): string {
  return `directory:${directoryId}`;
}

/** Events (activity feeds). The Events API is per organization, so any dsync change drops them all. */
export const EVENTS_TAG = 'events';
