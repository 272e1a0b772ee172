import type { AuditEntry } from '@/lib/audit-log';
import { directoryTypeInfo } from '@/lib/directory-types';

/** The message shown on the directory list after a delete, read from the audit entry it names (so it cannot be forged by URL). */
export function DeletionNotice({ entry }: { entry: AuditEntry }) {
  const name = entry.directory.name ?? entry.directory.id;
  const type = entry.directory.type ? ` (${directoryTypeInfo(entry.directory.type).label})` : '';
  const text =
    entry.outcome === 'deleted'
      ? `Deleted the directory “${name}”${type}. WorkOS has stopped syncing it and is removing its users and groups.`
      : `“${name}” was already deleted${entry.detail ? `: ${entry.detail}` : '.'} Nothing else was changed.`;
  return (
    <div role="status" className="mb-6 rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900 dark:border-emerald-900 dark:bg-emerald-950/50 dark:text-emerald-200">
      {text}
    </div>
  );
}
