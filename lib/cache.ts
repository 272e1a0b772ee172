import 'server-only';
import { revalidatePath } from 'next/cache';

/**
 * The one place that says which views go stale when WorkOS data changes. Called by the delete
 * action and by the webhook receiver (dsync.* events).
 */
export function invalidateDirectory(directoryId: string): void {
  revalidatePath(`/directories/${directoryId}`, 'layout');
  revalidatePath('/directories');
}

/** Every directory view at once (e.g. the refresh control). */
export function invalidateAllDirectories(): void {
  revalidatePath('/directories', 'layout');
}
