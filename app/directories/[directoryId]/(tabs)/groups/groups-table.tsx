'use client';
import Link from 'next/link';
import { DataTable, columnHelperFor } from '@/components/data-table';
import { formatDate } from '@/lib/format';
import type { DirectoryGroup } from '@/lib/types';

const column = columnHelperFor<DirectoryGroup>();

const columns = column.columns([
  column.accessor('name', {
    header: 'Name',
    cell: ({ row }) => (
      <Link href={`/directories/${row.original.directoryId}/groups/${row.original.id}`} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">
        {row.original.name}
      </Link>
    ),
  }),
  column.accessor('idpId', { header: 'IdP id', cell: ({ getValue }) => <code className="font-mono text-xs">{getValue()}</code> }),
  column.accessor('createdAt', { header: 'Created', cell: ({ getValue }) => <time dateTime={getValue()}>{formatDate(getValue())}</time> }),
]);

export function GroupsTable({ rows, caption, empty }: { rows: DirectoryGroup[]; caption: string; empty: string }) {
  return <DataTable caption={caption} columns={columns} rows={rows} getRowId={(row) => row.id} empty={empty} />;
}
