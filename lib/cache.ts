import 'server-only';
import { revalidatePath } from 'next/cache';
import { DIRECTORIES_TAG, EVENTS_TAG, directoryTag } from './cache-tags';
import { forgetAllCachedReads, forgetCachedReads } from './workos';

/**
 * The one place that says which views go stale when WorkOS data changes. Called by the delete
 * action, the refresh control and the webhook receiver (dsync.* events).
 */
export function invalidateDirectory(directoryId: string): void {
  // The directory's own reads, the lists that show its name, state and counts, and the activity feeds.
  forgetCachedReads(directoryTag(directoryId), DIRECTORIES_TAG, EVENTS_TAG);
  revalidatePath(`/directories/${directoryId}`, 'layout');
  revalidatePath('/directories');
}

/** Every directory view at once. */
export function invalidateAllDirectories(): void {
  forgetAllCachedReads();
  revalidatePath('/directories', 'layout');
}
