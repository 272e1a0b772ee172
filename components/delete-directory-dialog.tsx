'use client';
import { useActionState, useId, useRef, useState } from 'react';
import { deleteDirectoryAction } from '@/app/directories/actions';
import type { DeleteDirectoryState } from '@/app/directories/actions';
import { confirmationMatches } from '@/lib/delete-confirmation';
import { directoryTypeInfo } from '@/lib/directory-types';
import { formatCount } from '@/lib/format';
import type { Directory } from '@/lib/types';

type DirectorySummary = Pick<Directory, 'id' | 'name' | 'type' | 'state' | 'organizationId' | 'userCounts' | 'groupCount'>;

const initialState: DeleteDirectoryState = { status: 'idle' };

/**
 * The one irreversible control: a modal that states what will be lost and only enables its button
 * once the directory's exact name is typed. The server action re-checks everything.
 */
export function DeleteDirectoryDialog({ directory, compact = false }: { directory: DirectorySummary; compact?: boolean }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [typed, setTyped] = useState('');
  const [state, formAction, pending] = useActionState(deleteDirectoryAction, initialState);
  const titleId = useId();
  const inputId = useId();
  const matches = confirmationMatches(typed, directory.name);
  const users = directory.userCounts ? directory.userCounts.active + directory.userCounts.inactive : null;

  if (directory.state === 'deleting') {
    return compact ? null : <span className="text-sm text-amber-800 dark:text-amber-300">Deletion in progress</span>;
  }

  const close = () => {
    if (pending) return;
    dialogRef.current?.close();
    setTyped('');
  };

  return (
    <>
      <button
        type="button"
        onClick={() => dialogRef.current?.showModal()}
        aria-label={compact ? `Delete directory ${directory.name}` : undefined}
        className={
          compact
            ? 'rounded px-2 py-1 text-xs font-medium text-red-700 ring-1 ring-red-300 hover:bg-red-50 dark:text-red-300 dark:ring-red-800 dark:hover:bg-red-950'
            : 'rounded-md px-3 py-1.5 text-sm font-medium text-red-700 ring-1 ring-red-300 hover:bg-red-50 dark:text-red-300 dark:ring-red-800 dark:hover:bg-red-950'
        }
      >
        {compact ? 'Delete…' : 'Delete directory'}
      </button>
      <dialog
        ref={dialogRef}
        aria-labelledby={titleId}
        onCancel={(event) => {
          event.preventDefault();
          close();
        }}
        className="m-auto w-full max-w-lg rounded-xl bg-white p-0 text-zinc-900 shadow-xl backdrop:bg-black/50 dark:bg-zinc-900 dark:text-zinc-100"
      >
        <form action={formAction} className="space-y-4 p-6">
          <h2 id={titleId} className="text-lg font-semibold">
            Delete “{directory.name}”?
          </h2>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-zinc-600 dark:text-zinc-400">Type</dt>
            <dd>{directoryTypeInfo(directory.type).label}</dd>
            <dt className="text-zinc-600 dark:text-zinc-400">Organization</dt>
            <dd className="font-mono text-xs break-all">{directory.organizationId ?? '—'}</dd>
            <dt className="text-zinc-600 dark:text-zinc-400">Users</dt>
            <dd>{users === null ? 'unknown' : formatCount(users)}</dd>
            <dt className="text-zinc-600 dark:text-zinc-400">Groups</dt>
            <dd>{directory.groupCount === null ? 'unknown' : formatCount(directory.groupCount)}</dd>
          </dl>
          <div className="rounded-md bg-red-50 p-3 text-sm text-red-900 dark:bg-red-950/60 dark:text-red-200">
            <p className="font-semibold">This cannot be undone.</p>
            <p className="mt-1">
              WorkOS stops syncing this directory and deletes its {users === null ? '' : `${formatCount(users)} `}users and{' '}
              {directory.groupCount === null ? '' : `${formatCount(directory.groupCount)} `}groups. Your application receives a{' '}
              <code className="font-mono">dsync.deleted</code> event.
            </p>
          </div>
          <input type="hidden" name="directoryId" value={directory.id} />
          <div>
            <label htmlFor={inputId} className="block text-sm font-medium">
              Type <strong className="font-semibold">{directory.name}</strong> to confirm
            </label>
            <input
              id={inputId}
              name="confirmName"
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
              autoComplete="off"
              spellCheck={false}
              disabled={pending}
              className="mt-1 w-full rounded-md border border-zinc-300 bg-white px-2.5 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-950"
            />
          </div>
          <p role="status" aria-live="polite" className="min-h-5 text-sm text-red-800 dark:text-red-300">
            {state.status === 'error' && !pending ? state.message : ''}
          </p>
          <div className="flex justify-end gap-3">
            <button type="button" onClick={close} disabled={pending} className="rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-zinc-300 hover:bg-zinc-100 disabled:opacity-50 dark:ring-zinc-700 dark:hover:bg-zinc-800">
              Cancel
            </button>
            <button
              type="submit"
              disabled={!matches || pending}
              className="rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800 disabled:cursor-not-allowed disabled:bg-red-700/40"
            >
              {pending ? 'Deleting…' : 'Delete directory'}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
