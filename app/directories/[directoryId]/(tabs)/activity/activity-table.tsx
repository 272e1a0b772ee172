'use client';
import Link from 'next/link';
import { DataTable, columnHelperFor } from '@/components/data-table';
import { JsonBlock } from '@/components/details';
import { describeEvent, eventDirectoryId, eventSubjects } from '@/lib/events';
import { formatDateTime } from '@/lib/format';
import type { ActivityEvent } from '@/lib/types';

const column = columnHelperFor<ActivityEvent>();
const linkClass = 'text-indigo-700 hover:underline dark:text-indigo-300';

const columns = column.columns([
  column.accessor('createdAt', { header: 'When', cell: ({ getValue }) => <time dateTime={getValue()}>{formatDateTime(getValue())}</time> }),
  column.display({
    id: 'what',
    header: 'What happened',
    cell: ({ row }) => <span className="font-medium">{describeEvent(row.original)}</span>,
  }),
  column.display({
    id: 'links',
    header: 'About',
    cell: ({ row }) => {
      const directoryId = eventDirectoryId(row.original);
      const { userId, groupId } = eventSubjects(row.original);
      return (
        <span className="flex gap-3">
          {directoryId && userId && <Link className={linkClass} href={`/directories/${directoryId}/users/${userId}`}>User</Link>}
          {directoryId && groupId && <Link className={linkClass} href={`/directories/${directoryId}/groups/${groupId}`}>Group</Link>}
        </span>
      );
    },
  }),
  column.display({
    id: 'raw',
    header: 'Event',
    cell: ({ row }) => (
      <details>
        <summary className="cursor-pointer font-mono text-xs text-zinc-600 dark:text-zinc-400">{row.original.event}</summary>
        <div className="mt-2 max-w-xl whitespace-normal">
          <JsonBlock value={row.original} label={`Raw event ${row.original.id}`} />
        </div>
      </details>
    ),
  }),
]);

export function ActivityTable({ rows, caption, empty }: { rows: ActivityEvent[]; caption: string; empty: string }) {
  return <DataTable caption={caption} columns={columns} rows={rows} getRowId={(row) => row.id} empty={empty} />;
}
