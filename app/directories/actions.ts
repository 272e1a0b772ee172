'use server';
import { redirect } from 'next/navigation';
import { WorkOSApiError } from '@/lib/api-error';
import type { ApiFailure } from '@/lib/api-error';
import { recordAudit } from '@/lib/audit-log';
import { invalidateAllDirectories, invalidateDirectory } from '@/lib/cache';
import type { AuditEntry } from '@/lib/audit-log';
import { confirmationMatches } from '@/lib/delete-confirmation';
import { isObjectId } from '@/lib/list-params';
import { requireSession } from '@/lib/session';
import type { Actor } from '@/lib/session';
import type { Directory } from '@/lib/types';
import { deleteDirectory, getDirectoryUncached } from '@/lib/workos';

export type DeleteDirectoryState = { status: 'idle' } | { status: 'error'; message: string };

type Outcome = { status: 'done'; entry: AuditEntry } | { status: 'error'; message: string };

/**
 * One delete at a time per directory in this server: a double click or a replayed request waits for
 * the first, then re-reads the directory, finds it deleting or gone, and reports that instead of
 * deleting twice.
 */
const directoryLocks = new Map<string, Promise<unknown>>();

async function withDirectoryLock<T>(directoryId: string, task: () => Promise<T>): Promise<T> {
  const previous = directoryLocks.get(directoryId) ?? Promise.resolve();
  const current = previous.catch(() => undefined).then(task);
  directoryLocks.set(directoryId, current);
  try {
    return await current;
  } finally {
    if (directoryLocks.get(directoryId) === current) directoryLocks.delete(directoryId);
  }
}

function failureMessage(failure: ApiFailure): string {
  switch (failure.kind) {
    case 'rate_limited':
      return `WorkOS is rate limiting requests${failure.retryAfterSeconds ? `: wait ${failure.retryAfterSeconds} s` : ''}, then try again. The directory was not deleted.`;
    case 'timeout':
      return 'WorkOS did not answer in time, so the deletion is not confirmed. Reload the page to check the directory, then try again if it is still there.';
    case 'unreachable':
      return 'The WorkOS API could not be reached. The directory was not deleted; try again when the connection is back.';
    case 'unauthorized':
    case 'forbidden':
      return 'WorkOS refused this API key for deleting directories. The directory was not deleted; check WORKOS_API_KEY.';
    default:
      return `WorkOS could not delete the directory${failure.status ? ` (HTTP ${failure.status})` : ''}. It is intact; you can try again.`;
  }
}

const auditActor = (actor: Actor) => ({ id: actor.id, name: `${actor.name} <${actor.email}>` });

/** What the audit keeps of the directory; once it is gone, the name the admin confirmed stands in for it. */
function snapshot(directoryId: string, directory: Directory | null, confirmedName: string): AuditEntry['directory'] {
  return {
    id: directoryId,
    name: directory?.name ?? (confirmedName.trim() || null),
    type: directory?.type ?? null,
    organizationId: directory?.organizationId ?? null,
    users: directory?.userCounts ? directory.userCounts.active + directory.userCounts.inactive : null,
    groups: directory?.groupCount ?? null,
  };
}

async function performDelete(actor: Actor, directoryId: string, typedName: string): Promise<Outcome> {
  const audit = (directory: Directory | null, outcome: AuditEntry['outcome'], detail: string | null, requestId: string | null = null) =>
    recordAudit({ action: 'directory.delete', actor: auditActor(actor), directory: snapshot(directoryId, directory, typedName), outcome, detail, requestId });

  let directory: Directory | null;
  try {
    directory = await getDirectoryUncached(directoryId);
  } catch (error) {
    const failure = error instanceof WorkOSApiError ? error.failure : null;
    return { status: 'error', message: failure ? failureMessage(failure) : 'The directory could not be checked. It was not deleted; try again.' };
  }
  if (!directory) return { status: 'done', entry: await audit(null, 'already_deleted', 'The directory no longer exists.') };
  if (directory.state === 'deleting') return { status: 'done', entry: await audit(directory, 'already_deleted', 'WorkOS was already deleting this directory.') };
  if (!confirmationMatches(typedName, directory.name)) {
    await audit(directory, 'refused', 'The typed name did not match the directory name.');
    return { status: 'error', message: `The name you typed does not match “${directory.name}”. Nothing was deleted.` };
  }

  try {
    await deleteDirectory(directory.id);
  } catch (error) {
    const failure = error instanceof WorkOSApiError ? error.failure : null;
    if (failure?.kind === 'not_found') return { status: 'done', entry: await audit(directory, 'already_deleted', 'WorkOS answered that the directory was already gone.', failure.requestId) };
    const message = failure ? failureMessage(failure) : 'The directory could not be deleted. It is intact; you can try again.';
    await audit(directory, 'failed', message, failure?.requestId ?? null);
    return { status: 'error', message };
  }
  return { status: 'done', entry: await audit(directory, 'deleted', null) };
}

export async function deleteDirectoryAction(_previous: DeleteDirectoryState, formData: FormData): Promise<DeleteDirectoryState> {
  const actor = await requireSession();
  const directoryId = formData.get('directoryId');
  const typedName = formData.get('confirmName');
  if (typeof directoryId !== 'string' || !isObjectId(directoryId, 'directory') || typeof typedName !== 'string' || typedName.length > 500) {
    return { status: 'error', message: 'This request was not understood, so nothing was deleted. Reload the page and try again.' };
  }

  if (actor.role !== 'admin') {
    // Viewers never see the control; a forged request is refused here, and recorded.
    await recordAudit({ action: 'directory.delete', actor: auditActor(actor), directory: snapshot(directoryId, null, ''), outcome: 'refused', detail: 'Only admins may delete directories.', requestId: null });
    return { status: 'error', message: 'Only admins can delete directories. Nothing was deleted.' };
  }
  const outcome = await withDirectoryLock(directoryId, () => performDelete(actor, directoryId, typedName));
  if (outcome.status === 'error') return outcome;

  invalidateDirectory(directoryId);
  redirect(`/directories?deleted=${outcome.entry.id}`);
}

/**
 * The refresh control: drops the cached reads of one directory (or of everything) so the page
 * re-renders from WorkOS. Read-only towards WorkOS, so any visitor may use it.
 */
export async function refreshViewsAction(formData: FormData): Promise<void> {
  await requireSession();
  const directoryId = formData.get('directoryId');
  if (typeof directoryId === 'string' && isObjectId(directoryId, 'directory')) invalidateDirectory(directoryId);
  else invalidateAllDirectories();
}
