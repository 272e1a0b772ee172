import type { Metadata } from 'next';
import { requireSession } from '@/lib/session';
import { connection } from 'next/server';
import { readAuditLog } from '@/lib/audit-log';
import { AuditTable } from './audit-table';

export const metadata: Metadata = { title: 'Audit log' };

export default async function AuditPage() {
  await connection(); // read the log on every request, never at build time
  await requireSession();
  const entries = await readAuditLog();
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">Audit log</h1>
      <p className="mb-6 text-sm text-zinc-600 dark:text-zinc-400">Every attempt to delete a directory from this dashboard, newest first.</p>
      <AuditTable entries={entries} />
    </>
  );
}
