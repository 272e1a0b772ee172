'use client';
import Link from 'next/link';
import { UserStateBadge } from '@/components/badges';
import { DataTable, columnHelperFor } from '@/components/data-table';
import { formatDate, userDisplayName, usernameOf } from '@/lib/format';
import type { DirectoryUser } from '@/lib/types';

const column = columnHelperFor<DirectoryUser>();

const columns = column.columns([
  column.display({
    id: 'name',
    header: 'Name',
    cell: ({ row }) => (
      <Link href={`/directories/${row.original.directoryId}/users/${row.original.id}`} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">
        {userDisplayName(row.original)}
      </Link>
    ),
  }),
  column.accessor('email', { header: 'Primary email', cell: ({ getValue }) => getValue() ?? '—' }),
  column.display({ id: 'username', header: 'Username', cell: ({ row }) => usernameOf(row.original) ?? '—' }),
  column.accessor('state', { header: 'State', cell: ({ getValue }) => <UserStateBadge state={getValue()} /> }),
  column.accessor('role', { header: 'Role', cell: ({ getValue }) => getValue()?.slug ?? '—' }),
  column.accessor('createdAt', { header: 'Created', cell: ({ getValue }) => <time dateTime={getValue()}>{formatDate(getValue())}</time> }),
]);

export function UsersTable({ rows, caption, empty }: { rows: DirectoryUser[]; caption: string; empty: string }) {
  return <DataTable caption={caption} columns={columns} rows={rows} getRowId={(row) => row.id} empty={empty} />;
}
