'use client';
import { Badge } from '@/components/badges';
import { DataTable, columnHelperFor } from '@/components/data-table';
import type { AuditEntry } from '@/lib/audit-log';
import { directoryTypeInfo } from '@/lib/directory-types';
import { formatDateTime } from '@/lib/format';

const outcomes: Record<AuditEntry['outcome'], { label: string; tone: 'green' | 'gray' | 'amber' | 'red' }> = {
  deleted: { label: 'Deleted', tone: 'green' },
  already_deleted: { label: 'Already deleted', tone: 'gray' },
  refused: { label: 'Refused', tone: 'amber' },
  failed: { label: 'Failed', tone: 'red' },
};

const column = columnHelperFor<AuditEntry>();

const columns = column.columns([
  column.accessor('at', { header: 'When', cell: ({ getValue }) => <time dateTime={getValue()} className="whitespace-nowrap">{formatDateTime(getValue())}</time> }),
  column.accessor('actor', { header: 'Who', cell: ({ getValue }) => getValue().name }),
  column.accessor('directory', {
    header: 'Directory',
    cell: ({ getValue }) => {
      const directory = getValue();
      return (
        <>
          <div className="font-medium">{directory.name ?? '—'}</div>
          <div className="font-mono text-xs text-zinc-600 dark:text-zinc-400">{directory.id}</div>
          {directory.type && <div className="text-xs text-zinc-600 dark:text-zinc-400">{directoryTypeInfo(directory.type).label}</div>}
        </>
      );
    },
  }),
  column.accessor('outcome', { header: 'Outcome', cell: ({ getValue }) => <Badge tone={outcomes[getValue()].tone}>{outcomes[getValue()].label}</Badge> }),
  column.accessor('detail', {
    header: 'Detail',
    cell: ({ row }) => (
      <>
        {row.original.detail ?? '—'}
        {row.original.requestId && <div className="font-mono text-xs text-zinc-600 dark:text-zinc-400">request {row.original.requestId}</div>}
      </>
    ),
  }),
]);

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  return <DataTable caption="Audit entries" columns={columns} rows={entries} getRowId={(entry) => entry.id} empty="No directory has been deleted from this dashboard yet." />;
}
